#include "extractors/cms_signature.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cstring>
#include <ctime>
#include <memory>
#include <optional>
#include <vector>

#include "extractors/internal/openssl_trust_store.h"

namespace verifact {
namespace {

template <typename T, void (*F)(T*)>
struct Deleter {
  void operator()(T* p) const { F(p); }
};
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using TstPtr = std::unique_ptr<TS_TST_INFO, Deleter<TS_TST_INFO, TS_TST_INFO_free>>;
using CtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;

void FreeCertStack(STACK_OF(X509) * s) { sk_X509_pop_free(s, X509_free); }
using CertStackPtr = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), FreeCertStack>>;

// The last OpenSSL error as text, and the queue cleared so the next file starts clean.
std::string OpenSslError() {
  unsigned long code = ERR_peek_last_error();
  ERR_clear_error();
  if (code == 0) return "unknown OpenSSL error";
  char buf[256];
  ERR_error_string_n(code, buf, sizeof buf);
  return buf;
}

std::string NameRfc2253(const X509_NAME* name) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0) {
    return "";
  }
  char* data = nullptr;
  long n = BIO_get_mem_data(bio.get(), &data);
  return n > 0 ? std::string(data, static_cast<size_t>(n)) : std::string();
}

std::optional<long long> ToEpoch(const ASN1_TIME* t) {
  struct tm tm {};
  if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return std::nullopt;
  return static_cast<long long>(timegm(&tm));
}

std::string IsoUtc(long long epoch) {
  time_t t = static_cast<time_t>(epoch);
  struct tm tm {};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S+00:00", &tm);
  return buf;
}

// The certificate that produced `si`, among those the CMS carries.
X509* FindSigner(CMS_SignerInfo* si, STACK_OF(X509) * certs) {
  for (int i = 0; certs && i < sk_X509_num(certs); ++i) {
    X509* c = sk_X509_value(certs, i);
    if (CMS_SignerInfo_cert_cmp(si, c) == 0) return c;
  }
  return nullptr;
}

std::optional<long long> SignedSigningTime(CMS_SignerInfo* si) {
  int idx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
  if (idx < 0) return std::nullopt;
  X509_ATTRIBUTE* attr = CMS_signed_get_attr(si, idx);
  ASN1_TYPE* type = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
  if (!type) return std::nullopt;
  if (type->type == V_ASN1_UTCTIME || type->type == V_ASN1_GENERALIZEDTIME) {
    return ToEpoch(reinterpret_cast<const ASN1_TIME*>(type->value.asn1_string));
  }
  return std::nullopt;
}

// The genTime of a timestamp token (a CMS whose content is a TSTInfo), unverified: used only
// as the time to judge a certificate's validity when nothing better is signed.
std::optional<long long> TokenTime(std::string_view token_der) {
  const auto* p = reinterpret_cast<const unsigned char*>(token_der.data());
  CmsPtr token(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(token_der.size())));
  if (!token) return std::nullopt;
  ASN1_OCTET_STRING** content = CMS_get0_content(token.get());
  if (!content || !*content) return std::nullopt;
  const unsigned char* q = ASN1_STRING_get0_data(*content);
  TstPtr tst(d2i_TS_TST_INFO(nullptr, &q, ASN1_STRING_length(*content)));
  if (!tst) return std::nullopt;
  return ToEpoch(TS_TST_INFO_get_time(tst.get()));
}

std::optional<long long> UnsignedTimestampTime(CMS_SignerInfo* si) {
  int idx = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
  if (idx < 0) return std::nullopt;
  X509_ATTRIBUTE* attr = CMS_unsigned_get_attr(si, idx);
  ASN1_TYPE* type = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : nullptr;
  if (!type || type->type != V_ASN1_SEQUENCE) return std::nullopt;
  const ASN1_STRING* seq = type->value.sequence;
  return TokenTime(std::string_view(reinterpret_cast<const char*>(ASN1_STRING_get0_data(seq)),
                                    static_cast<size_t>(ASN1_STRING_length(seq))));
}

// Collects every chain error instead of stopping at the first, so that an expired certificate
// under an unknown root still reads as expired.
int KeepGoing(int /*ok*/, X509_STORE_CTX* ctx) {
  auto* seen = static_cast<std::vector<int>*>(X509_STORE_CTX_get_app_data(ctx));
  int err = X509_STORE_CTX_get_error(ctx);
  if (seen && err != X509_V_OK) seen->push_back(err);
  return 1;
}

CertificateStatus JudgeCertificate(X509* signer, STACK_OF(X509) * chain, long long at,
                                   const TrustStore* trust, std::string* problem) {
  const auto* store = dynamic_cast<const OpenSslTrustStore*>(trust);
  // Without roots, only the leaf's own dates can be judged.
  if (!store) {
    time_t t = static_cast<time_t>(at);
    if (X509_cmp_time(X509_get0_notAfter(signer), &t) < 0 ||
        X509_cmp_time(X509_get0_notBefore(signer), &t) > 0) {
      *problem = "the signing certificate was not valid at the signing time";
      return CertificateStatus::kExpired;
    }
    return CertificateStatus::kUntrusted;
  }
  CtxPtr ctx(X509_STORE_CTX_new());
  if (!ctx || X509_STORE_CTX_init(ctx.get(), store->store(), signer, chain) != 1) {
    *problem = "certificate check could not start: " + OpenSslError();
    return CertificateStatus::kUnknown;
  }
  std::vector<int> errors;
  X509_STORE_CTX_set_app_data(ctx.get(), &errors);
  X509_STORE_CTX_set_verify_cb(ctx.get(), KeepGoing);
  X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
  X509_VERIFY_PARAM_set_time(param, static_cast<time_t>(at));
  // A funder may trust an intermediate CA directly.
  X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_PARTIAL_CHAIN);
  X509_verify_cert(ctx.get());
  ERR_clear_error();
  bool expired = false;
  bool other = false;
  for (int e : errors) {
    if (e == X509_V_ERR_CERT_HAS_EXPIRED || e == X509_V_ERR_CERT_NOT_YET_VALID) {
      expired = true;
    } else {
      other = true;
      if (problem->empty()) *problem = X509_verify_cert_error_string(e);
    }
  }
  if (expired) {
    *problem = "a certificate of the chain was not valid at the signing time";
    return CertificateStatus::kExpired;
  }
  if (other) {
    *problem = "the certificate does not chain to a trusted root: " + *problem;
    return CertificateStatus::kUntrusted;
  }
  return CertificateStatus::kTrusted;
}

std::string Digest(const EVP_MD* md, std::string_view bytes) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (!md || EVP_Digest(bytes.data(), bytes.size(), out, &n, md, nullptr) != 1) return "";
  return std::string(reinterpret_cast<char*>(out), n);
}

}  // namespace

CmsVerification VerifyCmsSignature(std::string_view der, std::string_view signed_bytes,
                                   std::string_view sub_filter, long long claimed_time,
                                   const TrustStore* trust) {
  CmsVerification v;
  ERR_clear_error();
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
  if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) {
    v.problem = "the signature is not a readable CMS SignedData: " + OpenSslError();
    return v;
  }
  // DER ends where its length says; writers pad the reserved space with zeros. Leftovers there
  // are unsigned and never shown, so they are reported, not held against the signature.
  for (const auto* q = p; q < reinterpret_cast<const unsigned char*>(der.data()) + der.size();
       ++q) {
    if (*q != 0) {
      v.padding_problem = "the space reserved for the signature holds leftover bytes";
      break;
    }
  }
  v.parsed = true;

  STACK_OF(CMS_SignerInfo)* infos = CMS_get0_SignerInfos(cms.get());
  if (!infos || sk_CMS_SignerInfo_num(infos) != 1) {
    v.problem = "a PDF signature must have exactly one signer, found " +
                std::to_string(infos ? sk_CMS_SignerInfo_num(infos) : 0);
    return v;
  }
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(infos, 0);
  CertStackPtr certs(CMS_get1_certs(cms.get()));
  X509* signer = FindSigner(si, certs.get());
  if (signer) v.signer = NameRfc2253(X509_get_subject_name(signer));

  // The signature over the signer's attributes and the digest of the content, without judging
  // the certificate (that is the trust question, answered separately below).
  const unsigned int flags = CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY;
  const bool detached = sub_filter == "adbe.pkcs7.detached" || sub_filter == "ETSI.CAdES.detached";
  std::optional<long long> time = SignedSigningTime(si);
  if (detached) {
    BioPtr data(BIO_new_mem_buf(signed_bytes.data(), static_cast<int>(signed_bytes.size())));
    if (CMS_verify(cms.get(), certs.get(), nullptr, data.get(), nullptr, flags) == 1) {
      v.verified = true;
    } else {
      v.problem = "the signature does not match the signed bytes: " + OpenSslError();
    }
    if (!time) time = UnsignedTimestampTime(si);
  } else if (sub_filter == "adbe.pkcs7.sha1" || sub_filter == "ETSI.RFC3161") {
    BioPtr out(BIO_new(BIO_s_mem()));
    if (CMS_verify(cms.get(), certs.get(), nullptr, nullptr, out.get(), flags) != 1) {
      v.problem = "the signature over its content does not verify: " + OpenSslError();
    } else {
      char* data = nullptr;
      long n = BIO_get_mem_data(out.get(), &data);
      std::string content(data ? data : "", n > 0 ? static_cast<size_t>(n) : 0);
      if (sub_filter == "adbe.pkcs7.sha1") {
        v.verified = content == Digest(EVP_sha1(), signed_bytes);
        if (!v.verified) v.problem = "the signed SHA-1 digest differs from the file's";
      } else {
        const auto* q = reinterpret_cast<const unsigned char*>(content.data());
        TstPtr tst(d2i_TS_TST_INFO(nullptr, &q, static_cast<long>(content.size())));
        TS_MSG_IMPRINT* imprint = tst ? TS_TST_INFO_get_msg_imprint(tst.get()) : nullptr;
        if (!imprint) {
          v.problem = "the document timestamp carries no readable TSTInfo";
        } else {
          const X509_ALGOR* algo = TS_MSG_IMPRINT_get_algo(imprint);
          const ASN1_OCTET_STRING* msg = TS_MSG_IMPRINT_get_msg(imprint);
          const EVP_MD* md = EVP_get_digestbyobj(algo->algorithm);
          std::string expected(reinterpret_cast<const char*>(ASN1_STRING_get0_data(msg)),
                               static_cast<size_t>(ASN1_STRING_length(msg)));
          v.verified = md && !expected.empty() && expected == Digest(md, signed_bytes);
          if (!v.verified) v.problem = "the timestamp's imprint differs from the file's digest";
          time = ToEpoch(TS_TST_INFO_get_time(tst.get()));
        }
      }
    }
  } else {
    v.problem = "unsupported signature sub-filter '" + std::string(sub_filter) + "'";
    return v;
  }
  if (time) v.signing_time = IsoUtc(*time);

  if (!signer) {
    v.certificate = CertificateStatus::kUnknown;
    v.certificate_problem = "the signing certificate is not in the signature";
    return v;
  }
  long long at = time ? *time : (claimed_time > 0 ? claimed_time : 0);
  if (at == 0) at = static_cast<long long>(std::time(nullptr));
  v.certificate = JudgeCertificate(signer, certs.get(), at, trust, &v.certificate_problem);
  ERR_clear_error();
  return v;
}

}  // namespace verifact
