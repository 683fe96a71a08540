#include "extractors/field_finder.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>

#include "extractors/label_value.h"
#include "extractors/text_layout.h"
#include "models/identifiers.h"

namespace verifact {
namespace {

bool IsAlnum(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return std::isalnum(u) || u >= 0x80;
}
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// True when the match text[b, e) is not glued to a letter or digit after it.
bool EndsWord(std::string_view text, size_t e) { return e >= text.size() || !IsAlnum(text[e]); }

// Runs `re` over text[from, to) and returns the first match `accept` turns into a value.
std::optional<ValueMatch> FirstValid(
    const RE2& re, std::string_view text, size_t from, size_t to,
    const std::function<std::optional<std::string>(std::string_view, size_t, size_t)>& accept) {
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece m;
  size_t pos = from;
  while (pos < to && re.Match(input, pos, to, RE2::UNANCHORED, &m, 1)) {
    size_t b = static_cast<size_t>(m.data() - text.data());
    size_t e = b + m.size();
    // A value glued to the word before it is part of that word ("ABC2206AF000358"), unless
    // the scan starts there: right after its label ("N°FA-117", "HT:2268,00").
    bool glued = b > from && IsAsciiAlnum(text[b - 1]);
    if (!glued) {
      if (auto v = accept(text, b, e)) return ValueMatch{b, e, *v};
    }
    pos = b + 1;
  }
  return std::nullopt;
}

// Any of the currency marks Money reads, as a pattern.
std::string CurrencyPattern() {
  std::string alternatives;
  for (std::string_view mark : kCurrencyMarks) {
    if (!alternatives.empty()) alternatives += '|';
    alternatives += RE2::QuoteMeta(re2::StringPiece(mark.data(), mark.size()));
  }
  return "(?:" + alternatives + ")";
}

// Compiles a built-in pattern. `\s` is narrowed to a space or a dot: a line's cells are
// joined by '\t', and no label or value may run across a column gap ("Date\tDevis n°" is
// two labels); a dot is what OCR leaves between words ("NUMERO DE.FACTURE").
std::unique_ptr<RE2> Compile(const std::string& source, bool case_insensitive) {
  std::string pattern;
  bool in_class = false;
  // OCR reads the l of "total" as 1, I, | or t ("Totat TTC"): every "total" accepts them.
  for (size_t i = 0; i < source.size(); ++i) {
    char c = source[i];
    if (c == '\\' && i + 1 < source.size()) {
      if (source[i + 1] == 's') {
        pattern += in_class ? "\\x20." : "[\\x20.]";
      } else {
        pattern += source.substr(i, 2);
      }
      ++i;
      continue;
    }
    if (!in_class && source.compare(i, 5, "total") == 0) {
      pattern += "tota[l1|t]";
      i += 4;
      continue;
    }
    if (c == '[' || c == ']') in_class = c == '[';
    pattern += c;
  }
  RE2::Options options;
  options.set_case_sensitive(!case_insensitive);
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) {
    std::fprintf(stderr, "verifact: bad built-in pattern %s: %s\n", pattern.c_str(),
                 re->error().c_str());
    std::abort();
  }
  return re;
}

Field<std::string> MakeField(const Candidate& c, std::string value, double confidence) {
  Field<std::string> f;
  f.value = std::move(value);
  f.confidence =
      std::clamp(confidence, 0.0, 1.0) * (0.5 + 0.5 * c.line->SpanConfidence(c.begin, c.end));
  f.page = c.line->page;
  f.bbox = c.line->SpanBox(c.begin, c.end);
  f.source = c.line->source;  // in a mixed PDF, the kind of page the value was read on
  return f;
}

template <typename T>
Field<T> Retype(const Field<std::string>& f, T value) {
  Field<T> out;
  out.value = std::move(value);
  out.confidence = f.confidence;
  out.page = f.page;
  out.bbox = f.bbox;
  out.source = f.source;
  return out;
}

}  // namespace

// Every pattern, compiled once per process.
struct FieldPatterns {
  // Values.
  std::unique_ptr<RE2> amount, date, token, siret, vat, iban, iban_any_case, iban_wrapped_head,
      iban_wrapped_tail, dossier, proforma, order;
  std::unique_ptr<RE2> siret_ocr, vat_ocr, vat_like, order_ocr;
  // Labels.
  std::unique_ptr<RE2> number_label, number_bare, number_bare_alone, number_abbreviation,
      number_title, number_title_cell, bare_reference, hash_reference, number_veto;
  std::unique_ptr<RE2> date_label, date_label_weak, date_label_du, date_after_number, date_veto,
      date_fait_a, date_place;
  std::unique_ptr<RE2> amount_mills;
  std::unique_ptr<RE2> amount_suffix, amount_suffix_anywhere, total_word, total_row,
      grand_total_row;
  std::unique_ptr<RE2> ht_label_row, ttc_label_row;
  std::unique_ptr<RE2> ht_label, ht_label_weak, ht_label_subtotal, tva_label, tva_total_label,
      tva_rate_cell, ttc_label, ttc_label_net, ttc_label_weak, amount_veto, ttc_veto, tva_veto;
  std::unique_ptr<RE2> siret_label, buyer_context, buyer_header, seller_header, rcs;
  std::unique_ptr<RE2> iban_label, proforma_label, order_label, charge_label, discount_label,
      payment_label;
  std::unique_ptr<RE2> credit_title, credit_label, exemption, undated_context;

  FieldPatterns() {
    const bool kCase = false, kNoCase = true;
    // An amount: digits grouped by three or not, decimals, sign, currency before or after.
    const std::string currency = CurrencyPattern();
    amount = Compile(
        "(?:" + currency + " ?)?(?:[-−–] ?)?(?:[€£$] ?)?" +
            R"(\(?(?:\d{1,3}(?:(?:[ .,']|, )\d{3})+|\d+)(?:[.,]\d{1,2}|, \d{2}\b|,(?:-|–|—){1,2})?\)?)" +
            "(?: ?(?:" + currency + "|euros?)| ?(?-i:[eC])\\b)?",
        kNoCase);
    // An amount printed unrounded, with three decimals ("VAT 45.759").
    amount_mills = Compile(R"([-−–]?\d+[.,]\d{3})", kNoCase);
    date = Compile(
        R"(\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{1,2} [/.\-] \d{1,2} [/.\-] \d{4}|\d{1,2}(?: ?er|st|nd|rd|th)?\.?[ /\-]?[A-Za-zÀ-ÿ]+\.?,?[ /\-]\d{4}|[A-Za-zÀ-ÿ]+\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4})",
        kNoCase);
    token = Compile(R"([A-Za-z0-9][A-Za-z0-9/_.\-]*)", kCase);
    // 14 digits grouped any way ("362 521 879 00034", "362 521 879 000 34", compact).
    siret = Compile(R"(\d(?: ?\d){13})", kCase);
    vat = Compile(R"(FR ?[0-9A-Z]{2} ?\d{3} ?\d{3} ?\d{3})", kCase);
    // The same identifiers as OCR may misread their digits (O for 0, l for 1, S for 5…).
    siret_ocr = Compile(R"([\dOoQDIl|SB](?: ?[\dOoQDIl|SB]){13})", kCase);
    vat_ocr =
        Compile(R"(FR ?[0-9A-Z]{2} ?[\dOoQDIl|SB]{3} ?[\dOoQDIl|SB]{3} ?[\dOoQDIl|SB]{3})", kCase);
    iban = Compile(R"([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8})", kCase);
    // Small capitals put an IBAN in lower case in the text layer ("nl94rabo0304046221").
    // The two parts of an IBAN wrapped at the end of a line, its label before the first.
    iban_wrapped_head =
        Compile(R"((?i:iban)\s*:?\s*([A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4})*)\s*$)", kCase);
    iban_wrapped_tail = Compile(R"(^\s*((?:[A-Z0-9]{1,4})(?: [A-Z0-9]{1,4}){0,7}))", kCase);
    iban_any_case = Compile(R"([A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{1,4}){3,8})", kCase);
    dossier = Compile(R"(\d{4} ?(?:DCA ?\d{5}|[A-Z]{2} ?\d{6}))", kCase);
    proforma = Compile(R"(PRO ?[-_]? ?\d{8})", kNoCase);
    order = Compile(R"(\d{2}C\d{8}_\d{1,3})", kNoCase);
    vat_like = Compile(R"(FR ?[0-9A-Za-z|]{2}(?: ?[0-9A-Za-z|]){9,10})", kCase);
    order_ocr = Compile(R"(\d{2}C\d{8}[_ ]\d{1,2})", kNoCase);

    number_label = Compile(
        R"((?:facture|avoir|facture d'avoir|invoice|rechnung|gutschrift|stornorechnung)\s*(?:\(\d{3}\)\s*)?(?:n\s?[°º]|nº|no\b\.?|num(?:é|e)ro|number|nr\.?|#)|(?:n\s?[°º]|\bno\.?)\s*(?:de\s+)?(?:la\s+)?(?:facture|d'avoir|avoir|invoice)|num(?:é|e)ro\s+(?:de\s+)?(?:la\s+)?(?:facture|d'avoir|avoir)|r(?:é|e)f(?:\.|(?:é|e)rence)?\s*(?:de\s+)?(?:la\s+)?facture|invoice\s*(?:no\b\.?|number|#|id\b|nr\b)|credit\s+(?:note|memo)\s*(?:no\b\.?|number|#|n\s?[°º])|(?:rechnung|gutschrift|stornorechnung)s?\s*-?\s*(?:nummer|nr\b\.?|no\b\.?|id\b)|\bre\.?-(?:nummer|nr\b\.?)|\brechn\.?\s*-?\s*nr\b\.?|invoice\s+ref(?:erence)?\b\.?|\bbill\s+(?:no\b\.?|number|#)|beleg-?(?:nummer|nr\b\.?)|(?:rechnungs)?korrektur-?(?:nummer|nr\b\.?))",
        kNoCase);
    // A cell that starts with a bare "Numéro", "N°" or "Référence" ("Numéro AV-410" in a
    // credit note's box), or "Number:" under an "Invoice" heading: the value follows at once.
    // English and German need the colon: a bare "Nr." heads the item table's position column.
    const std::string bare =
        R"((?:^|\t)\s*(?:(?:num(?:é|e)ro|n\s?[°º]|nº|r(?:é|e)f(?:\.|(?:é|e)rence)?)\s*:?|(?:number|nummer|nr\.?)\s*:))";
    number_bare = Compile(bare, kNoCase);
    // The value sits below only when the bare label is alone in its cell ("Numéro | Date"
    // headers): under "Numéro compte" or "Numéro client" is another number.
    number_bare_alone = Compile(bare + R"(\s*(?:\t|$))", kNoCase);
    // "Nr. 20250187" opening a cell, under a "Rechnung" title: the value follows at once.
    number_abbreviation = Compile(R"((?:^|\t)\s*(?:nr|no)\.)", kNoCase);
    // A title alone in its cell, the number in the cell under it ("Verkaufsrechnung" over
    // "RE-1042").
    number_title_cell = Compile(
        R"((?:^|\t)\s*(?:\w*rechnung|facture|avoir|invoice|gutschrift|credit\s+note)\s*(?:\t|$))",
        kNoCase);
    // A reference printed with no label: capitals, a dash, digits ("SINV-1047", "FA-2025-117").
    bare_reference = Compile(R"([A-Z]{2,6}-(?:\d{2,4}-)?\d{3,})", kCase);
    hash_reference = Compile(R"(#\s?([A-Z0-9][A-Z0-9./-]{3,}))", kCase);
    // A title opening a cell, the number right after it ("Facture avoir AV2406-0003").
    number_title = Compile(
        R"((?:^|\t)\s*(?:facture(?:\s+(?:d')?avoir)?|avoir|invoice|rechnung|gutschrift|stornorechnung|credit\s+note|note\s+d'honoraires?)\b)",
        kNoCase);
    number_veto = Compile(
        R"(urspr(?:ü|ue)ngl\w*\.?\s+rechnung|original\s+invoice|pro\s*-?\s*forma|(?:\bsur|annule|remplace|origine|initiale|rectifi\w*|concern\w*|relati\w*|r(?:é|e)f(?:é|e)rence\s+(?:à|a))\s+(?:la\s+|notre\s+|votre\s+)?facture|facture\s+(?:d'origine|initiale|annul(?:é|e)e|rectifi(?:é|e)e|d'acompte\s+n))",
        kNoCase);

    date_label = Compile(
        R"(date\s+(?:de\s+(?:la\s+)?|d'|du\s+)?(?:facture|facturation|l'avoir|avoir|(?:é|e)mission)|(?:é|e)mise?\s+le|(?:factur(?:é|e)e?|(?:é|e)tablie?)\s+le|invoice\s+date|date\s+of\s+(?:issue|invoice)|issue\s+date|date\s+issued|tax\s+point|(?:rechnungs|gutschrift|beleg|ausstellungs|korrektur)datum)",
        kNoCase);
    date_label_weak = Compile(
        R"(\bdate\b|\bdatum\b|(?:^|\t|[·•|])\s*(?:created|issued)(?:\s+on)?\s*:?)", kNoCase);
    date_label_du = Compile(R"(\bdu\b)", kNoCase);
    // The date in the title line, after the number: "Rechnung Nr. 2024-117 vom 05.01.2024",
    // "Facture n° FA-117 du 05/01/2023".
    date_after_number = Compile(
        R"((?:^|\t)\s*(?:\w*rechnung|gutschrift|facture|avoir|invoice)\s*(?:\(\d{3}\)\s*)?(?:n\s?[°º]|nº|no\.?|nr\.?|number|#)?\s*:?\s*[A-Za-z0-9][\w/.\-]*\s+(?:vom|du|dated)\b)",
        kNoCase);
    date_veto = Compile(
        R"(urspr(?:ü|ue)ngl\w*\.?\s+\w*datum|original\s+invoice\s+date|date\s+(?:d'|de\s+(?:l'|la\s+)?|du\s+)?(?:(?:é|e)ch(?:é|e)ance|livraison|commande|d(?:é|e)but|fin|naissance|signature|entr(?:é|e)e|sortie|prestation|formation|r(?:è|e)glement|paiement|limite|valeur|virement|convention|devis|session|ex(?:é|e)cution|d(?:é|e)p(?:ô|o)t|inscription|l'action|action|contrat|validit(?:é|e))|due\s+date|date\s+due|payment\s+date|delivery\s+date|order\s+date|next\s+invoice\s+date|due\s+by|payment\s+due|f(?:ä|a)llig|zahlbar|liefer|leistungs|bestell|auftrags|du\s+[^\t]+?\s+au\s|p(?:é|e)riode|(?:é|e)ch(?:é|e)ance|commande|devis|(?:annule|remplace|relati\w*|sur\s+(?:la\s+|notre\s+|votre\s+)?facture|d'origine|initiale|rectifi\w*)[^\t]*?(?:\bdu\b|(?:é|e)mise?\s+le|\ble\b))",
        kNoCase);
    // "Fait à Lyon, le 5 janvier 2023", or a letter's "Brest, le 8 juil. 2024".
    date_fait_a =
        Compile(R"(fait\s+(?:à|a)\s+[^\t,]+,?\s+le|(?:^|\t)\s*[^\t\d,:]+,\s+le)", kNoCase);
    // A letter's place and date opening a cell, with no "le": "Graz, 03.06.2024", "Bremen,
    // den 14.03.2024" (the date must follow at once).
    date_place = Compile(
        R"((?:^|\t)\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ\-]+(?:[ \-][A-Za-zÀ-ÿ][A-Za-zÀ-ÿ\-]*){0,2},\s*(?:den\s+)?)",
        kCase);
    undated_context = Compile(
        R"((?:é|e)ch(?:é|e)ance|avant\s+le|r(?:é|e)gl|p(?:é|e)riode|formation|session|\bdu\b|\bau\b|commande|devis|naissance|convention|livraison|paiement|virement|due|order|deliver|shipp|bestell|auftrag|liefer|f(?:ä|a)llig|zahlbar)",
        kNoCase);

    ht_label = Compile(
        R"((?:total|montant)\s*\(?\s*(?:net\s*)?(?:g(?:é|e)n(?:é|e)ral\s*)?(?:h\.?\s?t\.?|hors[\s-]+tax\w*)\)?(?:\s|$|\t|:|\()|\bh\.?\s?t\.?\s?v\.?\s?a\b\.?|(?:total|montant)\s*(?:net\s*)?hors\s+t\.?v\.?a\b|net\s+h\.?\s?t\.?|total\s*\(?\s*(?:excl\.?|excluding|before|without|ex\.?)\s+(?:vat|tax\w*|gst)\)?|total\s*\(\s*ex\.?\s*\)|\(\s*(?:vat|tax)\s+excl\w*\.?\s*\)|pre-?\s*tax\s+(?:total|amount)|untaxed\s+(?:total|amount)|(?:total|montant)\s+(?:de\s+la\s+)?facture\s*\(?(?:eur\s+|€\s*)?h\.?\s?t\b\.?|(?:total|montant|amount)[^\t]{0,30}?(?:avant\s+imp(?:ô|o)ts?|before\s+tax(?:es)?)|warenwert(?:\s+(?:total|netto|gesamt))?|net\s+total|total\s+net\s+amount|(?:total\s+)?net\s+de\s+taxes?|nett?\s+(?:amount|value)|goods\s+(?:total|value|net)|netto-?(?:betrag|summe|wert|gesamt)|(?:summe|gesamt|total|(?:gesamt|rechnungs)betrag|warenwert)\s*,?\s*\(?netto\)?|(?:summe|gesamt\w*|betrag|total)\s*\(?(?:(?:exkl|excl|ohne|zzgl)\.?|o\.)\s*(?:mwst|ust)|zwischensumme\s*\(?netto\)?)",
        kNoCase);
    // A bare sub-total is the net only when nothing stands between it and the tax: weaker
    // than a total below it when the two disagree (a discount or shipping given in percent).
    ht_label_subtotal = Compile(R"(sub\s*-?\s*total|zwischensumme|sous[-\s]?total)", kNoCase);
    ht_label_weak = Compile(
        R"((?:^|\t)\s*base\s*:?\s*(?:$|\t)|base\s+(?:h\.?\s?t\b\.?|imposable)|valeur\s+nette|sous[-\s]?total\s+h\.?\s?t\.?|total\s+(?:des\s+)?honoraires(?:\s+h\.?t\.?)?\s*:?\s*(?:$|\t)|net\s+amount|(?:amount|total)\s*\(\s*net\s*\)|^\s*h\.?t\.?\s*$|(?:^|\t)\s*(?:€\s*|eur\s+|chf\s+)?(?:h\.?t\.?|netto)\s*:?(?:\s|\t|$))",
        kNoCase);
    tva_label = Compile(
        R"((?:total\s+|montant\s+(?:de\s+(?:la\s+)?)?)?\bt\.?v\.?a\.?(?:\s*(?:\(|à|a)?\s*\d{1,2}(?:[,.]\d{1,2})?\s*%\s*\)?)?|(?:total\s+)?\b(?:vat|v\.a\.t\.?|tax(?:e|es)?|gst|imp(?:ô|o)ts?)\b(?:\s*(?:at|of|@)?\s*\(?\d{1,2}(?:[,.]\d{1,2})?\s*%\)?)?|tax\s+amount|(?:zzgl\.?\s+)?(?:\d{1,2}(?:,\d{1,2})?\s*%\s+)?(?:mwst\.?|ust\.?|umsatzsteuer|mehrwertsteuer|\bsteuer(?:n|betrag)?\b)(?:\s*(?:von|zu|@)?\s*\(?\d{1,2}(?:[,.]\d{1,2})?\s*%\)?)?)",
        kNoCase);
    // "VAT %" alone in its cell heads a column of rates, but beside an amount in the totals
    // block it names the tax whose rate the page leaves out.
    tva_rate_cell =
        Compile(R"((?:^|\t)\s*(?:t\.?v\.?a|vat|tax|gst|mwst|ust)\.?\s*%\s*(?:$|\t))", kNoCase);
    // The VAT as a total, over the per-rate or per-item lines ("Summe MwSt.", "Total TVA").
    tva_total_label = Compile(
        R"((?:total|summe|gesamt|montant\s+total)\s*(?:de\s+(?:la\s+)?)?(?:t\.?v\.?a\b\.?|vat\b|tax(?:es)?\b|gst\b|mwst\b\.?|ust\b\.?|umsatzsteuer|mehrwertsteuer|steuern?\b)|\btaxes?\s+totales?)",
        kNoCase);
    tva_veto = Compile(
        R"(n\s?[°º]\s*(?:de\s+)?tva|tva\s+intra\w*|num(?:é|e)ro\s+(?:de\s+)?tva|tva\s*:\s*FR|tva\s+FR|tva\s+non\s+applicable|exon(?:é|e)r\w*|hors\s+t\.?v\.?a\b|avant\s+imp(?:ô|o)ts?|\(\s*(?:vat|tax)\s+excl\w*|pre-?\s*tax\b|\bt\.?v\.?a\.?c\b|(?:toutes|hors|y\s+compris|net\s+de|sans|incl\w*|excl\w*)[\s-]+taxes?\b|h\.?t\.?v\.?a\b|taux|vat\s+(?:no|number|id|reg)|\bid\b|sans\s+tva|franchise|assujetti|ttc|h\.?t\.?\s*$|ust-?id|autoliquidation|tax\s+(?:invoice|id|number|no\b|point|reg\w*|code)|vat\s+(?:rate|code|analysis|summary)|(?:incl\w*|excl\w*|with|without)\.?\s+(?:of\s+)?(?:vat|tax|gst)|vat\s*%|steuer-?(?:nummer|nr)|steuer-?id|zero\s+rated|\bvat\s+(?:reg\w*\s+)?(?:no|number)|(?:gesamt\w*|summe|\w*betrag|brutto\w*|netto\w*|total)\s*\(?(?:(?:inkl|incl|exkl|excl|ohne|zzgl|mit)\.?|[om]\.)\s*(?:\d{1,2}(?:,\d{1,2})?\s*%\s+)?(?:mwst|ust))",
        kNoCase);
    ttc_label = Compile(
        R"((?:total|montant)\s*(?:g(?:é|e)n(?:é|e)ral\s*)?t\.?\s?t\.?\s?c\.?|total\s+(?:toutes\s+taxes|incl\.?|including)|total\s+inc\.?\s+(?:vat|tax|gst)|total\s*\(\s*inc\.?\s*\)|grand\s+total|total\s+due|amount\s+due|gesamtbetrag|rechnungsbetrag|bruttobetrag|total\s+(?:de\s+la\s+)?facture|(?:total|montant)\s+(?:(?:ttc\s+)?de\s+l')?avoir|invoice\s+total|invoice\s+amount|total\s+invoice\s+(?:value|amount)|total(?:\s+\w+)?\s*\(\s*incl\w*\.?\s*(?:vat|tax\w*|gst)\s*\)|total\s+(?:amount\s+)?to\s+be\s+paid|(?:total\s+)?facture\s+t\.?\s?t\.?\s?c\b\.?|montant\s+(?:total\s+)?de\s+(?:cette|la|votre)\s+facture|\bt\.?v\.?a\.?c\b\.?|endpreis(?:\s+brutto)?|total\s+(?:paid\s+|due\s+)?with\s+(?:vat|tax)|total\s+(?:amount|payable|incl\w*(?:\s+(?:vat|tax))?)|gross\s+(?:amount|total)|(?:amount|total)\s*\(\s*gross\s*\)|gesamtsumme|endbetrag|endsumme|rechnungssumme|rechnungstotal|totalbetrag|brutto-?(?:betrag|summe)|(?:summe|gesamt|total)\s*,?\s*\(?brutto\)?|(?:gesamt\w*|summe|betrag|total)\s*\(?(?:(?:inkl|incl)\.?|m\.)\s*(?:\d{1,2}(?:,\d{1,2})?\s*%\s+)?(?:mwst|ust))",
        kNoCase);
    ttc_label_net = Compile(
        R"((?:net|total|montant|reste|solde|somme)\s+(?:à|a)\s+(?:payer|r(?:é|e)gler|verser|d(?:é|e)duire|rembourser)|montant\s+rembours(?:é|e)|(?:reste|montant|solde)\s+d(?:û|u)(?:\s|\t|:|$)|(?:^|\t)\s*(?:somme\s+)?(?:à|a)\s+payer|(?:amount|balance|total)\s+(?:due|payable|to\s+pay)|zahlbetrag|offene[rn]?\s+(?:rechnungs)?betrag|zu\s+zahlender\s+betrag|zu\s+zahlen|f(?:ä|a)llige[rn]?\s+betrag)",
        kNoCase);
    ttc_label_weak = Compile(
        R"((?:^|\t)\s*(?:[€$£]\s*|(?:eur|chf)\s+)?(?:total\s+net|montant\s+total|total|totaux|summe|gesamt|gesamtpreis|brutto)\b(?:\s*\((?:eur|€|gbp|£|usd|\$)\))?\s*:?|\btotal\s*:|(?:^|\t)\s*t\.?t\.?c\.?\s*:?)",
        kNoCase);
    amount_veto = Compile(
        R"(prix|p\.?u\.?\s|unitaire|acompte|d(?:é|e)j(?:à|a)\s+(?:r(?:é|e)gl|vers|pay|factur)|report|\b(?:taux|rate)\b|page\s+\d|quantit|par\s+stagiaire|heure|jour)",
        kNoCase);

    ttc_veto = Compile(
        R"(prix|p\.?u\.?\s|unitaire|acompte|d(?:é|e)j(?:à|a)\s+(?:r(?:é|e)gl|vers|pay|factur)|report|\b(?:taux|rate)\b|page\s+\d|quantit|par\s+stagiaire|heure|jour|total\s+(?:h\.?\s?t\b|hors|excl|tva|vat|tax|zero|payments?|discount)|sub\s*-?\s*total|zwischensumme|sous[-\s]?total|total\s+des\s+lignes|(?:^|\t)\s*(?:amount\s+|total\s+|less\s+)?paid\b\s*(?:to\s+date|so\s+far|by\s+\w+)?\s*:?\s*(?:$|\t|[-−–$€£(\d])|(?:already|previously|amount|less)\s+paid|paid\s+to\s+date|gezahlt|bezahlt|\w*\s*\(?netto\w*|(?:gesamt\w*|summe|\w*betrag|total)?\s*\(?(?:(?:exkl|excl|ohne|zzgl)\.?|o\.)\s*(?:\d{1,2}(?:,\d{1,2})?\s*%\s+)?(?:mwst|ust)|facture\s*\(?(?:eur\s+|€\s*)?h\.?\s?t\b)",
        kNoCase);
    siret_label = Compile(R"(siret|n\s?[°º]\s*siret|siret\s*n\s?[°º])", kNoCase);
    buyer_context = Compile(
        R"(client|acheteur|b(?:é|e)n(?:é|e)ficiaire|destinataire|adh(?:é|e)rent|employeur|stagiaire|apprenti|factur(?:é|e|er)\s+(?:à|a)|pour\s+le\s+compte\s+de|bill(?:ed)?\s+to|customer|buyer|kunde|financeur|opco|donneur)",
        kNoCase);
    buyer_header = Compile(
        R"(^\s*(?:client|factur(?:é|e|er)\s+(?:à|a)|pour\s+le\s+compte\s+de|destinataire|adresse\s+de\s+facturation|acheteur|bill(?:ed)?\s+to|customer|entreprise(?:\s+cliente|\s+b(?:é|e)n(?:é|e)ficiaire)?|employeur|adh(?:é|e)rent|financeur|opco|à\s+l'attention))",
        kNoCase);
    seller_header = Compile(
        R"(^\s*(?:(?:é|e)metteur|vendeur|prestataire|organisme(?:\s+de\s+formation)?|fournisseur|seller|from|cfa)\b)",
        kNoCase);
    rcs = Compile(R"(R\.?C\.?S\.?\s+[^\t\d]*?(\d{3} ?\d{3} ?\d{3}))", kNoCase);

    iban_label = Compile(R"(iban|rib|coordonn(?:é|e)es\s+bancaires)", kNoCase);
    proforma_label = Compile(R"(pro\s*-?\s*forma)", kNoCase);
    // Lines between the net sub-total and the tax in a shop's totals: shipping and fees added,
    // discounts taken off.
    charge_label = Compile(
        R"((?:^|\t)\s*(?:shipping|delivery|postage|handling|carriage|freight|flat\s+(?:shipping\s+)?rate|versand\w*|porto|fracht\w*|lieferkosten|verpackung\w*|frais\s+(?:de\s+)?(?:port|livraison|d'exp(?:é|e)dition|d'envoi|transport)|livraison|exp(?:é|e)dition|tarif\s+d'exp(?:é|e)dition)\b)",
        kNoCase);
    // A payment already made, printed before what is left to pay.
    payment_label = Compile(
        R"((?:(?:^|\t)\s*(?:paid|bezahlt|pay(?:é|e)|r(?:é|e)gl(?:é|e))\s*:?\s*(?:\t|$)|paid\s+to\s+date|amount\s+paid|total\s+paid|payments?\s+(?:received|made)|(?:bereits|schon)\s+(?:be)?zahlt|geleistete\s+anzahlung|d(?:é|e)j(?:à|a)\s+(?:r(?:é|e)gl|vers|pay)\w*|acompte\s+(?:vers|re(?:ç|c)u|r(?:é|e)gl)\w*|montant\s+pay(?:é|e)))",
        kNoCase);
    discount_label =
        Compile(R"((?:^|\t)\s*(?:discount|rabatt|remise|r(?:é|e)duction|nachlass)\b)", kNoCase);
    order_label = Compile(
        R"(bon\s+de\s+commande|\bbdc\b|commande\s+sigma|n\s?[°º]\s*de\s+commande)", kNoCase);

    credit_title = Compile(
        R"(^\s*(?:facture\s+d'avoir|avoir|note\s+de\s+cr(?:é|e)dit|(?:sales\s*-?\s*)?credit(?:\s|\t)+(?:note|memo|invoice)|gutschrift|storno(?:rechnung)?|rechnungskorrektur)(?:\s|\t|$|n|:))",
        kNoCase);
    credit_label = Compile(
        R"((?:facture\s+d'avoir|avoir)\s*(?:n\s?[°º]|nº|no\b|num(?:é|e)ro)|n\s?[°º]\s*d'avoir|num(?:é|e)ro\s+d'avoir|credit\s+(?:note|memo)\s+(?:no|number|#))",
        kNoCase);
    // What follows an amount that names it: "1 200,00 € HT", "1 440,00 € TTC" (group 1: HT,
    // group 2: TTC).
    amount_suffix = Compile(
        R"(^\s*(?:€|eur(?:os?)?)?\s*(?:(h\.?\s?t\.?|hors\s+tax\w*)|(t\.?\s?t\.?\s?c\.?))(?:\s|\t|$|\)|,|;))",
        kNoCase);
    // Lines without such a word are not searched for amounts at all.
    amount_suffix_anywhere =
        Compile(R"(\d\s*(?:€|eur\w*)?\s*(?:h\.?\s?t|hors\s+tax|t\.?\s?t\.?\s?c))", kNoCase);
    total_word = Compile(R"(total|montant|somme|\bnet\b|\bsoit\b)", kNoCase);
    // The row of a table that totals its columns.
    total_row = Compile(
        R"(^\s*(?:totals?|totaux|sous[-\s]?total|sub\s*-?\s*total|zwischensumme|summe|gesamt\w*|montant\s+total)\b)",
        kNoCase);
    // The same without subtotals, for the TTC: a subtotal row is not the amount with VAT.
    grand_total_row =
        Compile(R"(^\s*(?:totals?|totaux|summe|gesamt\w*|montant\s+total)\b)", kNoCase);
    // Row labels that name a price as a total, whole cells ("Prix net", "Prix total"): the
    // veto on prices does not apply to them, and they never head a column.
    ht_label_row = Compile(R"((?:^|\t)\s*prix\s+net(?:\s+h\.?t\.?)?\s*:?\s*(?:$|\t))", kNoCase);
    ttc_label_row =
        Compile(R"((?:^|\t)\s*prix\s+total(?:\s+t\.?t\.?c\.?)?\s*:?\s*(?:$|\t))", kNoCase);
    exemption = Compile(
        R"(261[\s\-]*4[\s\-]*4|exon(?:é|e)r\w*|tva\s+non\s+applicable|non\s+assujetti|293\s*B|vat\s+exempt|tax\s+(?:is\s+)?exempt\w*|exempt\s+from\s+(?:vat|tax)|steuerfrei|§\s*19\s*ustg|kleinunternehmer|umsatzsteuerbefreit|reverse\s+charge|steuerschuldnerschaft\s+des\s+leistungsempf|autoliquidation)",
        kNoCase);
  }
};

namespace {

// Scanners: how each kind of value is recognised and canonicalised.

// Whether an amount as printed carries a currency mark: a symbol or code, "eur", or a euro
// sign the text layer gives as a letter.
bool CarriesCurrency(std::string_view s) {
  for (std::string_view mark : kCurrencyMarks) {
    if (s.find(mark) != std::string_view::npos) return true;
  }
  return s.find("eur") != std::string_view::npos || EuroAsLetter(s);
}

ValueScanner AmountScanner(const RE2& re) {
  return [&re](std::string_view text, size_t from, size_t to) {
    return FirstValid(
        re, text, from, to,
        [](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
          std::string_view s = t.substr(b, e - b);
          if (b > 0 && (t[b - 1] == '/' || t[b - 1] == '.' || t[b - 1] == ',')) return std::nullopt;
          if (e < t.size() && (IsAlnum(t[e]) || t[e] == '/' || t[e] == '%')) return std::nullopt;
          if (e + 1 < t.size() && t[e] == ' ' && t[e + 1] == '%') return std::nullopt;
          if (e + 1 < t.size() && (t[e] == '.' || t[e] == '-') && IsDigit(t[e + 1]))
            return std::nullopt;
          bool has_decimals = false;
          size_t sep = s.find_last_of(".,");
          if (sep != std::string_view::npos) {
            size_t k = sep + 1;
            if (s[sep] == ',' && k < s.size() && s[k] == ' ') ++k;  // "5 446, 28" (TeX)
            size_t digits = 0;
            while (k < s.size() && IsDigit(s[k])) ++k, ++digits;
            has_decimals = digits == 2 || digits == 1;
          }
          if (!has_decimals && !CarriesCurrency(s)) return std::nullopt;
          auto money = Money::Parse(s);
          if (!money) return std::nullopt;
          return money->ToString();
        });
  };
}

// An amount with three decimals, rounded half away from zero to the cent: software that
// prints a computed tax unrounded. "45.759" also reads as 45 759 where dots group thousands,
// so only the arithmetic can vouch for this reading.
ValueScanner MillsScanner(const RE2& re) {
  return [&re](std::string_view text, size_t from, size_t to) {
    return FirstValid(
        re, text, from, to,
        [](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
          if (b > 0 && (IsDigit(t[b - 1]) || t[b - 1] == '.' || t[b - 1] == ','))
            return std::nullopt;
          if (e < t.size() && (IsAlnum(t[e]) || t[e] == '.' || t[e] == ',' || t[e] == '%'))
            return std::nullopt;
          std::string_view s = t.substr(b, e - b);
          const bool negative = !IsDigit(s.front());
          std::string digits;
          for (char c : s) {
            if (IsDigit(c)) digits += c;
          }
          if (digits.size() > 15) return std::nullopt;
          const int64_t mills = std::stoll(digits);
          const int64_t cents = (mills + 5) / 10;
          return Money::FromCents(negative ? -cents : cents).ToString();
        });
  };
}

ValueScanner DateScanner(const RE2& re) {
  return [&re](std::string_view text, size_t from, size_t to) {
    return FirstValid(re, text, from, to,
                      [](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
                        if (e < t.size() && IsDigit(t[e])) return std::nullopt;
                        auto d = Date::Parse(t.substr(b, e - b));
                        // Invoices deposited today are not dated last century: such a "date" is an
                        // address
                        // ("rue du 8 Mai 1945") or a founding year.
                        if (!d || d->year() < 2000) return std::nullopt;
                        return d->ToIso();
                      });
  };
}

// Whether `before` ends with a number mark ("#", "N°", "Nº"), spaces aside.
bool MarkedAsNumber(std::string_view before) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  return before.ends_with("#") || before.ends_with("°") || before.ends_with("º");
}

// An invoice number: one token holding a digit, not a date, not an amount.
// With `dates`, a token shaped like a date is one too (under an explicit "Invoice number"
// label, Saleor's "17/05/2024" is the 17th invoice of May 2024).
ValueScanner NumberScanner(const RE2& re, bool dates = false) {
  return [&re, dates](std::string_view text, size_t from, size_t to) {
    return FirstValid(
        re, text, from, to,
        [from, dates](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
          // The tail of a longer token ("10/2023" of "20/10/2023") is not a token.
          if (b > from && std::strchr("/._-", t[b - 1]) != nullptr) return std::nullopt;
          std::string_view s = t.substr(b, e - b);
          while (!s.empty() && (s.back() == '.' || s.back() == '-' || s.back() == '/')) {
            s.remove_suffix(1);
          }
          if (s.empty() || s.size() > 30) return std::nullopt;
          if (std::none_of(s.begin(), s.end(), IsDigit)) return std::nullopt;
          // Digits followed by more groups of digits are a longer number cut by spaces: a
          // phone, an NDA ("n° 27 21 64562 21"), an amount.
          if (std::all_of(s.begin(), s.end(), IsDigit) && e + 1 < t.size() && t[e] == ' ' &&
              IsDigit(t[e + 1])) {
            return std::nullopt;
          }
          // A date is no number, unless a number mark stands right before it ("Invoice
          // #2015-11-04": some number their invoices by the day).
          if (!dates && Date::Parse(s) && !MarkedAsNumber(t.substr(0, b))) return std::nullopt;
          return std::string(s);
        });
  };
}

// An identifier matched by `re`, compacted, accepted by `valid`.
ValueScanner IdentifierScanner(const RE2& re, bool (*valid)(std::string_view)) {
  return [&re, valid](std::string_view text, size_t from, size_t to) {
    return FirstValid(
        re, text, from, to,
        [valid](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
          if (!EndsWord(t, e)) return std::nullopt;
          std::string id = CompactIdentifier(t.substr(b, e - b));
          if (!valid(id)) return std::nullopt;
          return id;
        });
  };
}

// The digits OCR most often mistakes for letters, put back: O Q D → 0, I l | → 1, S → 5,
// B → 8. Applied only where the identifier's format wants a digit.
std::string RepairDigits(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    switch (c) {
      case 'O':
      case 'o':
      case 'Q':
      case 'D':
        c = '0';
        break;
      case 'I':
      case 'l':
      case 'L':
      case '|':
        c = '1';
        break;  // L: l after upper-casing
      case 'S':
        c = '5';
        break;
      case 'B':
        c = '8';
        break;
      default:
        break;
    }
  }
  return out;
}

// An identifier read by OCR with letters where its format wants digits: accepted only when
// the repaired value passes its checksum, which makes a false repair unlikely. `keep` is the
// number of leading characters that are letters by format ("FR" of a VAT number).
ValueScanner RepairingScanner(const RE2& re, bool (*valid)(std::string_view), size_t keep) {
  return [&re, valid, keep](std::string_view text, size_t from, size_t to) {
    return FirstValid(
        re, text, from, to,
        [valid, keep](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
          if (!EndsWord(t, e)) return std::nullopt;
          std::string raw = CompactIdentifier(t.substr(b, e - b));
          if (raw.size() < keep) return std::nullopt;
          std::string id = raw.substr(0, keep) + RepairDigits(std::string_view(raw).substr(keep));
          if (id == raw || !valid(id)) return std::nullopt;  // unrepaired ones are found strictly
          return id;
        });
  };
}

// Levenshtein distance, for short identifiers.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Anything printed like a French VAT number, compacted, valid or not (for FindSeller's
// last resort).
ValueScanner VatLikeScanner(const RE2& re) {
  return [&re](std::string_view text, size_t from, size_t to) {
    return FirstValid(re, text, from, to,
                      [](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
                        std::string id = CompactIdentifier(t.substr(b, e - b));
                        if (id.size() < 12 || id.size() > 14) return std::nullopt;
                        return id;
                      });
  };
}

// An IBAN: the regex may run into the BIC or text after it, so keep the prefix of the
// country's length that passes mod 97.
ValueScanner IbanScanner(const RE2& re) {
  return [&re](std::string_view text, size_t from, size_t to) {
    return FirstValid(
        re, text, from, to,
        [](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
          std::string id = CompactIdentifier(t.substr(b, e - b));
          int len = IbanLength(std::string_view(id).substr(0, 2));
          if (len == 0) {
            for (len = static_cast<int>(id.size()); len >= 15; --len) {
              if (IsValidIban(std::string_view(id).substr(0, static_cast<size_t>(len)))) break;
            }
          }
          if (len < 15 || static_cast<int>(id.size()) < len) return std::nullopt;
          id.resize(static_cast<size_t>(len));
          if (!IsValidIban(id)) return std::nullopt;
          return id;
        });
  };
}

bool AnyMatch(const RE2& re, std::string_view text) {
  return RE2::PartialMatch(re2::StringPiece(text.data(), text.size()), re);
}

// Is the value at c in a block about the buyer (the client's SIRET, VAT number)?
bool InBuyerContext(const FieldPatterns& p, const TextLayout& layout, const Candidate& c) {
  const TextLine& line = *c.line;
  auto [cb, ce] = line.CellAt(c.begin);
  // The words before the value in its cell, and the cell before it (a label column).
  std::string_view before = std::string_view(line.text).substr(0, c.begin);
  size_t prev_tab = cb >= 2 ? line.text.rfind('\t', cb - 2) : std::string::npos;
  size_t ctx_begin = prev_tab == std::string::npos ? 0 : prev_tab + 1;
  if (AnyMatch(*p.buyer_context, before.substr(ctx_begin))) return true;
  // A buyer heading above, in the same column, before any seller heading.
  BBox box = line.SpanBox(cb, ce);
  const auto& lines = layout.lines();
  size_t idx = static_cast<size_t>(&line - lines.data());
  // Walk up the block: stop at a page change or a wide vertical gap (a footer is not part
  // of the buyer's address block above it).
  double top = line.box.y0;
  const double height = line.box.y1 - line.box.y0;
  for (size_t k = idx, seen = 0; k-- > 0 && seen < 10;) {
    const TextLine& up = lines[k];
    if (up.page != line.page || top - up.box.y1 > 3.0 * height) break;
    top = up.box.y0;
    for (size_t pos = 0; pos < up.text.size();) {
      auto [b, e] = up.CellAt(pos);
      BBox cell = up.SpanBox(b, e);
      if (std::min(cell.x1, box.x1) - std::max(cell.x0, box.x0) > 0) {
        std::string_view s = std::string_view(up.text).substr(b, e - b);
        if (AnyMatch(*p.seller_header, s)) return false;
        if (AnyMatch(*p.buyer_header, s)) return true;
      }
      pos = e + 1;
    }
    ++seen;
  }
  return false;
}

struct Totals {
  std::optional<Candidate> ht, tva, ttc;
  bool consistent = false;
  // The arithmetic held only with a charge or discount between the chosen HT and the tax:
  // that HT is a sub-total, and the net the tax was computed on is not printed.
  bool subtotal_before_charges = false;
  bool tva_from_exemption = false;
};

// Chooses HT, TVA and TTC together: each label's best candidates, and the combination that
// satisfies HT + TVA = TTC wins over better-labelled ones that do not.
Totals ChooseTotals(std::vector<Candidate> ht, std::vector<Candidate> tva,
                    std::vector<Candidate> ttc, bool exempt,
                    const std::vector<int64_t>& adjustments) {
  constexpr size_t kKeep = 8;  // tax lines by rate can hide behind the item rows' rates
  ht = BestPerValue(std::move(ht));
  tva = BestPerValue(std::move(tva));
  ttc = BestPerValue(std::move(ttc));
  if (ht.size() > kKeep) ht.resize(kKeep);
  if (tva.size() > kKeep) tva.resize(kKeep);
  if (ttc.size() > kKeep) ttc.resize(kKeep);

  auto cents = [](const Candidate& c) { return Money::ParseCanonical(c.value)->cents(); };
  // Several VAT rates without a VAT total ("TVA 6 % … 30,06", "TVA 21 % … 525,17"): the VAT is
  // their sum. A sum is only a candidate, weaker than either line, so that it wins only when
  // the arithmetic with HT and TTC vouches for it. It sits where its larger line does.
  const size_t lines = tva.size();
  for (size_t a = 0; a < lines; ++a) {
    for (size_t b = a + 1; b < lines; ++b) {
      if (tva[a].line == tva[b].line) continue;
      Candidate sum = cents(tva[a]) >= cents(tva[b]) ? tva[a] : tva[b];
      sum.value = Money::FromCents(cents(tva[a]) + cents(tva[b])).ToString();
      sum.score = 0.8 * std::min(tva[a].score, tva[b].score);
      sum.sum = true;
      tva.push_back(sum);
    }
  }
  // A total printed under the other's label ("Brutto" over a net amount, a "Total" that is
  // the net): each list also holds the other's amounts, weakly, so that they win only when
  // the arithmetic vouches for them.
  const size_t ht_own = ht.size(), ttc_own = ttc.size();
  for (size_t i = 0; i < ttc_own; ++i) {
    Candidate c = ttc[i];
    c.score *= 0.3;
    ht.push_back(c);
  }
  for (size_t i = 0; i < ht_own; ++i) {
    Candidate c = ht[i];
    c.score *= 0.3;
    ttc.push_back(c);
  }
  // A tax amount printed under a strong label: HT equal to TTC without it is no reading of
  // this page (a column of net amounts summed under a "Total" head is not the gross).
  const bool printed_tax = std::any_of(tva.begin(), tva.end(), [](const Candidate& c) {
    return !c.sum && c.score >= 0.8 && c.value != "0.00";
  });
  Totals best;
  double best_score = -1;
  // Index -1 stands for "absent".
  for (int i = -1; i < static_cast<int>(ht.size()); ++i) {
    for (int j = -1; j < static_cast<int>(tva.size()); ++j) {
      for (int k = -1; k < static_cast<int>(ttc.size()); ++k) {
        double score = 0;
        const Candidate* h = i >= 0 ? &ht[static_cast<size_t>(i)] : nullptr;
        const Candidate* v = j >= 0 ? &tva[static_cast<size_t>(j)] : nullptr;
        const Candidate* t = k >= 0 ? &ttc[static_cast<size_t>(k)] : nullptr;
        // One printed amount is not both totals (a lone amount is, afterwards, when the page
        // says there is no VAT).
        if (h && t && h->line == t->line && h->begin == t->begin) continue;
        if (h) score += h->score;
        if (v) score += v->score;
        if (t) score += t->score;
        bool consistent = false, adjusted = false;
        if (h && t) {
          int64_t tax = v ? cents(*v) : 0;
          consistent = cents(*h) + tax == cents(*t) &&
                       (v || exempt || (cents(*h) == cents(*t) && !printed_tax));
          // Shipping added or a discount taken between the sub-total and the tax.
          if (!consistent && v) {
            adjusted = std::any_of(adjustments.begin(), adjustments.end(),
                                   [&](int64_t a) { return cents(*h) + a + tax == cents(*t); });
            consistent = adjusted;
          }
          // Two totals that disagree: one of them is not a total. Keep both only when both
          // are strongly labelled; a weak one ("Reste à payer" after a deposit) is dropped.
          if (consistent)
            score += 1.0;
          else
            score -= 0.8;
        }
        // A sum stands only where HT + VAT = TTC vouches for it (FindTotals drops it
        // otherwise): a combination that would lose it is not chosen for it.
        if (((h && h->sum) || (v && v->sum) || (t && t->sum)) && !(consistent && v)) continue;
        if (h && v && !t) score -= 0.3;
        if (score > best_score) {
          best_score = score;
          best.ht = h ? std::optional(*h) : std::nullopt;
          best.tva = v ? std::optional(*v) : std::nullopt;
          best.ttc = t ? std::optional(*t) : std::nullopt;
          best.consistent = consistent;
          best.subtotal_before_charges = adjusted;
        }
      }
    }
  }
  return best;
}

// What the search for every field shares: the patterns, the document's lines, and what is
// known before any field is read.
struct Document {
  const FieldPatterns& p;
  const TextLayout& layout;
  bool any_ocr = false;
  bool credit = false;  // a credit-note title or label was seen
  const TextLine* credit_line = nullptr;
  Source first_source = Source::kTextLayer;
  // IBANs found, so that the digits inside them are not read as dossier references.
  std::vector<std::pair<const TextLine*, std::pair<size_t, size_t>>> iban_spans;
};

// Invoice number.
void FindInvoiceNumber(const Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  LabelSpec spec{{{p.number_label.get(), d.credit ? 0.9 : 1.0, 1, true},
                  {p.credit_label.get(), d.credit ? 1.0 : 0.6, 1, true},
                  {p.number_title.get(), 0.7, 0, false},
                  {p.number_bare.get(), 0.5, 0, false},
                  {p.number_bare_alone.get(), 0.5, 0, true},
                  {p.number_abbreviation.get(), 0.45, 0, false}},
                 p.number_veto.get()};
  const ValueScanner scanner = NumberScanner(*p.token);
  auto found = FindLabelled(layout, spec, scanner);
  // A date-shaped token right after or under an explicit number label is that number,
  // less surely: looked for only when no number is read surely.
  if (std::none_of(found.begin(), found.end(), [](const Candidate& c) { return c.score >= 0.7; })) {
    for (const Candidate& c : FindLabelled(
             layout, LabelSpec{{{p.number_label.get(), 0.8, 1, true}}, p.number_veto.get()},
             NumberScanner(*p.token, true))) {
      if (Date::Parse(c.value)) found.push_back(c);
    }
  }
  // Under a title alone in its cell, only a reference of four characters or more: the
  // street number of an address under "FACTURE" is not one.
  const ValueScanner reference = [&scanner](std::string_view text, size_t from, size_t to) {
    auto m = scanner(text, from, to);
    return m && m->value.size() >= 4 ? m : std::nullopt;
  };
  for (Candidate& c : FindLabelled(
           layout, LabelSpec{{{p.number_title_cell.get(), 0.4, 0, true}}, p.number_veto.get()},
           reference)) {
    found.push_back(c);
  }
  if (found.empty()) {
    // No label at all: a template that prints the number alone in its header ("SINV-1047",
    // "#1942784"). A cell high on page 1 holding only a reference of that shape, or one marked
    // "#", is a weak candidate.
    for (const TextLine& line : layout.lines()) {
      if (line.page != 1 || line.box.y0 > 0.3) continue;
      for (size_t pos = 0; pos < line.text.size();) {
        const auto [b, e] = line.CellAt(pos);
        std::string_view cell = std::string_view(line.text).substr(b, e - b);
        const size_t lead = cell.find_first_not_of(' ');
        const size_t last = cell.find_last_not_of(' ');
        if (lead != std::string_view::npos) {
          const std::string_view whole = cell.substr(lead, last - lead + 1);
          re2::StringPiece marked;
          if (RE2::FullMatch(whole, *p.bare_reference)) {
            found.push_back({std::string(whole), &line, b + lead, b + last + 1, 0.3, false});
          } else if (RE2::FullMatch(whole, *p.hash_reference, &marked)) {
            const size_t at = static_cast<size_t>(marked.data() - line.text.data());
            found.push_back({std::string(marked.data(), marked.size()), &line, at,
                             at + marked.size(), 0.3, false});
          }
        }
        pos = e + 1;
      }
    }
  }
  // Two or three characters make a poor invoice number: more likely a count or a code. A
  // funder's reference (dossier, pro forma, order) or an identifier (SIRET, VAT number, IBAN)
  // is never one: it has its own field, and taking it hides a missing number.
  std::erase_if(found, [&p](const Candidate& c) {
    const std::string compact = CompactIdentifier(c.value);
    return IsDossierReference(compact) || IsValidSiret(compact) || IsValidIban(compact) ||
           IsValidFrenchVat(compact) || RE2::FullMatch(compact, *p.proforma) ||
           RE2::FullMatch(compact, *p.order);
  });
  for (Candidate& c : found) {
    if (c.value.size() <= 3) c.score *= 0.6;
  }
  auto cands = BestPerValue(std::move(found));
  if (!cands.empty()) {
    const Candidate& c = cands.front();
    double conf = c.score;
    if (cands.size() > 1 && cands[1].score > c.score - 0.1) conf -= 0.2;  // a close rival
    out.invoice_number = MakeField(c, c.value, conf);
  }
}

// Invoice date: a labelled date; otherwise the first date in the upper part of page 1 outside
// due-date, period and order contexts (a footer's date is a template's version or a legal
// mention's, not the invoice's).
void FindInvoiceDate(const Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  LabelSpec spec{{{p.date_label.get(), 1.0, 2, true},
                  {p.date_fait_a.get(), 0.9, 0, false},
                  {p.date_place.get(), 0.7, 0, false},
                  {p.date_label_weak.get(), 0.7, 1, true},
                  {p.date_after_number.get(), 0.95, 0, false},
                  {p.date_label_du.get(), 0.55, 0, false}},
                 p.date_veto.get()};
  auto scanner = DateScanner(*p.date);
  auto labelled = FindLabelled(layout, spec, scanner);
  // A "Date" heading a column of dates (line items, a payment history) names none of them
  // the invoice's: a date under a label with another date under it is dropped.
  std::erase_if(labelled, [&](const Candidate& c) {
    if (!c.below) return false;
    const auto& lines = layout.lines();
    const size_t at = static_cast<size_t>(c.line - lines.data());
    const BBox box = c.line->SpanBox(c.begin, c.end);
    const double height = c.line->box.y1 - c.line->box.y0;
    double bottom = c.line->box.y1;
    // The next rows, aligned on the same left edge; an item's second line may come between,
    // but not other text in that column (the next label of a stack: "Time of supply").
    for (size_t k = at + 1; k < lines.size() && k <= at + 2; ++k) {
      if (lines[k].page != c.line->page || lines[k].box.y0 - bottom > 1.5 * height) break;
      bottom = lines[k].box.y1;
      for (size_t pos = 0; auto m = scanner(lines[k].text, pos, lines[k].text.size());) {
        const BBox other = lines[k].SpanBox(m->begin, m->end);
        if (std::abs(other.x0 - box.x0) < 0.02) return true;
        pos = m->end;
      }
      for (const auto& piece : lines[k].pieces) {
        if (std::abs(piece.box.x0 - box.x0) < 0.02) return false;
      }
    }
    return false;
  });
  auto cands = BestPerValue(std::move(labelled));
  if (cands.empty()) {
    for (const Candidate& c : FindAll(layout, scanner, 0.35)) {
      std::string_view before = std::string_view(c.line->text).substr(0, c.begin);
      if (c.line->page == 1 && c.line->box.y0 < 0.6 && !AnyMatch(*p.undated_context, before) &&
          !AnyMatch(*p.undated_context, std::string_view(c.line->text).substr(c.end))) {
        cands.push_back(c);
        break;
      }
    }
  }
  if (!cands.empty()) {
    const Candidate& c = cands.front();
    double conf = c.score;
    if (cands.size() > 1 && cands[1].score > c.score - 0.1) conf -= 0.2;
    Field<std::string> f = MakeField(c, c.value, conf);
    out.invoice_date = Retype(f, *Date::ParseIso(c.value));
  }
}

// French often names an amount after it: "Total : 1 200,00 € HT", "soit 1 440,00 € TTC". Such
// an amount is an HT or a TTC candidate whatever stands before it, strong after a total's word,
// weak alone; a unit price ("Prix : 100 € HT") is not one. The other list loses that amount at
// that place: a bare "Total" before "1 200,00 € HT" does not make it a TTC.
void AddNamedAfter(const Document& d, const ValueScanner& scanner, std::vector<Candidate>* ht,
                   std::vector<Candidate>* ttc) {
  const FieldPatterns& p = d.p;
  std::vector<Candidate> amounts;
  for (const TextLine& line : d.layout.lines()) {
    if (!AnyMatch(*p.amount_suffix_anywhere, line.text)) continue;
    for (size_t pos = 0; auto m = scanner(line.text, pos, line.text.size());) {
      amounts.push_back({m->value, &line, m->begin, m->end, 0, false});
      pos = m->end > pos ? m->end : pos + 1;
    }
  }
  for (const Candidate& c : amounts) {
    const std::string_view text(c.line->text);
    re2::StringPiece after(text.data() + c.end, text.size() - c.end);
    std::string named_ht, named_ttc;
    if (!RE2::PartialMatch(after, *p.amount_suffix, &named_ht, &named_ttc)) continue;
    const std::string_view before = text.substr(0, c.begin);
    if (AnyMatch(*p.amount_veto, before)) continue;
    Candidate named = c;
    named.score = AnyMatch(*p.total_word, before) ? 0.9 : 0.5;
    auto* mine = named_ht.empty() ? ttc : ht;
    auto* other = named_ht.empty() ? ht : ttc;
    std::erase_if(*other, [&](const Candidate& o) {
      return o.line == c.line && o.begin == c.begin && o.value == c.value;
    });
    mine->push_back(named);
  }
}

// The amounts that may stand between a sub-total and the tax: each shipping or fee line
// (added), each discount (taken off), and all the charges together.
std::vector<int64_t> Adjustments(const Document& d, const ValueScanner& scanner) {
  std::vector<int64_t> out;
  int64_t all_charges = 0;
  int charges = 0;
  auto each = [&](const RE2& label, bool discount) {
    const LabelSpec spec{{{&label, 1.0, 3, false}}, nullptr};
    for (const Candidate& c : BestPerValue(FindLabelled(d.layout, spec, scanner))) {
      const int64_t cents = Money::ParseCanonical(c.value)->cents();
      if (cents == 0) continue;
      if (discount) {
        out.push_back(-std::llabs(cents));
      } else {
        out.push_back(cents);
        all_charges += cents;
        ++charges;
      }
    }
  };
  each(*d.p.charge_label, false);
  each(*d.p.discount_label, true);
  if (charges > 1) out.push_back(all_charges);
  return out;
}

// Whether the amount at c is printed as money: with a currency mark or two decimals.
bool LooksLikeMoney(const TextLine& line, const Candidate& c) {
  const std::string_view s = std::string_view(line.text).substr(c.begin, c.end - c.begin);
  if (CarriesCurrency(s)) return true;
  const size_t sep = s.find_last_of(".,");
  return sep != std::string_view::npos && sep + 3 <= s.size() && IsDigit(s[sep + 1]) &&
         IsDigit(s[sep + 2]) && (sep + 3 == s.size() || !IsDigit(s[sep + 3]));
}

// Totals.
void FindTotals(const Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  auto scanner = AmountScanner(*p.amount);
  // Totals sit in a column under their labels' heads, or beside labels of several words.
  auto totals = [&](std::vector<Label> labels, const RE2* veto, const RE2* total_row) {
    return LabelSpec{std::move(labels), veto, total_row, true, true};
  };
  auto ht = FindLabelled(layout,
                         totals({{p.ht_label.get(), 1.0, 2, true},
                                 {p.ht_label_weak.get(), 0.6, 2, true},
                                 {p.ht_label_subtotal.get(), 0.5, 2, true},
                                 {p.ht_label_row.get(), 0.9, 0, false, false}},
                                p.amount_veto.get(), p.total_row.get()),
                         scanner);
  // TTC labels have their own veto: a bare "Total" must not take "Total HT" or "Subtotal".
  auto ttc = FindLabelled(layout,
                          totals({{p.ttc_label.get(), 1.0, 2, true},
                                  {p.ttc_label_net.get(), 0.75, 2, true},
                                  {p.ttc_label_weak.get(), 0.55, 1, true},
                                  {p.ttc_label_row.get(), 0.9, 0, false, false}},
                                 p.ttc_veto.get(), p.grand_total_row.get()),
                          scanner);
  auto tva = FindLabelled(layout,
                          totals({{p.tva_total_label.get(), 1.0, 2, true},
                                  {p.tva_label.get(), 0.9, 2, true},
                                  {p.tva_rate_cell.get(), 0.6, 0, false, false}},
                                 p.tva_veto.get(), p.total_row.get()),
                          scanner);
  if (tva.empty()) {
    // No tax amount at all: perhaps one printed unrounded. Weak, for the arithmetic to vouch.
    tva = FindLabelled(
        layout,
        totals({{p.tva_total_label.get(), 0.6, 2, true}, {p.tva_label.get(), 0.55, 2, true}},
               p.tva_veto.get(), p.total_row.get()),
        MillsScanner(*p.amount_mills));
  }
  AddNamedAfter(d, scanner, &ht, &ttc);
  const TextLine* exemption = nullptr;
  for (const TextLine& line : layout.lines()) {
    if (AnyMatch(*p.exemption, line.text)) {
      exemption = &line;
      break;
    }
  }
  const bool exempt = exemption != nullptr;
  out.vat_exemption_mentioned = exempt;

  if (d.any_ocr) {
    // OCR drops decimal commas ("756,48 €" read "75648 €"): a whole amount from an OCR page
    // may also be that amount in cents. The arithmetic decides, so each reading gets a
    // weaker alternative rather than a correction.
    for (auto* list : {&ht, &tva, &ttc}) {
      size_t n = list->size();
      for (size_t i = 0; i < n; ++i) {
        Candidate c = (*list)[i];
        if (c.line->SpanConfidence(c.begin, c.end) >= 0.99 || !c.value.ends_with(".00")) continue;
        Money m = *Money::ParseCanonical(c.value);
        c.value = Money::FromCents(m.cents() / 100).ToString();
        c.score *= 0.6;
        list->push_back(c);
      }
    }
  }
  // A totals row of a table holds the column sums in order: "Total\t7.5\t3150 e" sums days,
  // then money. A bare figure (no currency, no cents) followed, in the next cell, by a figure
  // printed as money gives the label to that figure, and keeps it only weakly.
  for (auto* list : {&ht, &tva, &ttc}) {
    const size_t n = list->size();
    for (size_t i = 0; i < n; ++i) {
      const Candidate c = (*list)[i];
      if (LooksLikeMoney(*c.line, c)) continue;
      const std::string& text = c.line->text;
      auto next = scanner(text, c.end, text.size());
      if (!next) continue;
      const std::string_view between = std::string_view(text).substr(c.end, next->begin - c.end);
      if (between.find('\t') == std::string_view::npos ||
          between.find_first_not_of(" \t") != std::string_view::npos) {
        continue;
      }
      Candidate money = c;
      money.value = next->value;
      money.begin = next->begin;
      money.end = next->end;
      if (!LooksLikeMoney(*c.line, money)) continue;
      money.score = c.score * 0.9;
      (*list)[i].score *= 0.6;
      list->push_back(money);
    }
  }
  // After a payment printed on the page ("Paid to date 200.00"), what is left to pay ("Balance
  // due", "Reste à payer") is not the invoice's total: weaker than any total.
  auto left_to_pay = [&](const Candidate& c) {
    return AnyMatch(*p.ttc_label_net, std::string_view(c.line->text).substr(0, c.begin));
  };
  if (std::any_of(ttc.begin(), ttc.end(), left_to_pay)) {
    const LabelSpec payments{{{p.payment_label.get(), 1.0, 3, false}}, nullptr};
    const std::vector<Candidate> payment_lines = FindLabelled(layout, payments, scanner);
    if (std::any_of(payment_lines.begin(), payment_lines.end(),
                    [](const Candidate& c) { return c.value != "0.00"; })) {
      for (Candidate& c : ttc) {
        if (left_to_pay(c)) c.score *= 0.5;
      }
    }
  }
  // A zero total is what is left to pay once paid ("Total due £0.00"), not the invoice's.
  for (auto* list : {&ht, &ttc}) {
    for (Candidate& c : *list) {
      if (c.value == "0.00") c.score *= 0.3;
    }
  }
  // Shipping and discounts are looked for only when the totals do not add up without them.
  Totals t = ChooseTotals(ht, tva, ttc, exempt, {});
  if (!t.consistent && !tva.empty() && !ttc.empty()) {
    if (auto adjustments = Adjustments(d, scanner); !adjustments.empty()) {
      t = ChooseTotals(std::move(ht), std::move(tva), std::move(ttc), exempt, adjustments);
    }
  }
  // A sum is a total only when HT + VAT = TTC vouches for it: a column of line amounts that
  // adds up to the total is no net total on an invoice that prints no tax.
  for (std::optional<Candidate>* c : {&t.ht, &t.tva, &t.ttc}) {
    if (*c && (*c)->sum && !(t.consistent && t.tva)) c->reset();
  }
  // A sub-total before shipping or a discount is not the invoice's net: that is not printed.
  if (t.subtotal_before_charges) t.ht.reset();
  if (t.tva && !t.consistent &&
      RE2::FullMatch(
          std::string_view(t.tva->line->text).substr(t.tva->begin, t.tva->end - t.tva->begin),
          *p.amount_mills)) {
    t.tva.reset();  // an unrounded tax the arithmetic does not vouch for: not read
  }
  auto money_field = [&](const Candidate& c) {
    double conf = t.consistent ? std::min(1.0, c.score + 0.25) : c.score * 0.8;
    Field<std::string> f = MakeField(c, c.value, conf);
    Money m = *Money::ParseCanonical(c.value);
    // A credit note printed with positive amounts still carries negative totals.
    if (d.credit && !m.negative()) m = -m;
    return Retype(f, m);
  };
  if (t.ht) out.total_ht = money_field(*t.ht);
  if (t.tva) out.total_tva = money_field(*t.tva);
  if (t.ttc) out.total_ttc = money_field(*t.ttc);
  // An exempt invoice's HT is its TTC, and so is one whose VAT is printed as zero: when only
  // one is printed, the mention or the zero supports the other (same place, lower confidence).
  const bool no_vat = exempt || (out.total_tva && out.total_tva->value.cents() == 0);
  if (no_vat && out.total_ht && !out.total_ttc) {
    out.total_ttc = *out.total_ht;
    out.total_ttc->confidence *= 0.8;
  } else if (no_vat && out.total_ttc && !out.total_ht) {
    out.total_ht = *out.total_ttc;
    out.total_ht->confidence *= 0.8;
  }
  // No VAT line but the page says why (exemption), or HT equals TTC: VAT is zero.
  if (!t.tva && out.total_ttc &&
      (exempt || (out.total_ht && out.total_ht->value == out.total_ttc->value))) {
    // Where the page supports it: the exemption mention, else the TTC equal to the HT.
    Field<Money> zero = *out.total_ttc;
    zero.value = Money::FromCents(0);
    zero.confidence = exempt ? 0.85 : 0.7;
    if (exempt) {
      zero.page = exemption->page;
      zero.bbox = exemption->box;
    }
    out.total_tva = zero;
  }
}

// Issuer's SIRET, and the VAT number that goes with it.
void FindSeller(const Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  auto siret_scanner = IdentifierScanner(*p.siret, IsValidSiret);
  auto vat_scanner = IdentifierScanner(*p.vat, IsValidFrenchVat);
  std::vector<Candidate> sirets = FindAll(layout, siret_scanner, 0.5);
  // Fourteen digits inside an account number ("IBAN: FI12 3456 7890 1234 56", a dummy whose
  // key fails) are not a SIRET, however their Luhn sum falls.
  std::erase_if(sirets, [&](const Candidate& c) {
    bool inside = false;
    ForEachMatch(*p.iban_any_case, c.line->text,
                 [&](size_t b, size_t e) { inside = inside || (b < c.end && c.begin < e); });
    return inside;
  });
  std::vector<Candidate> labelled = FindLabelled(
      layout, LabelSpec{{{p.siret_label.get(), 0.95, 2, true}}, nullptr}, siret_scanner);
  sirets.insert(sirets.end(), labelled.begin(), labelled.end());
  std::vector<Candidate> vats = FindAll(layout, vat_scanner, 0.8);
  if (d.any_ocr) {
    // Repaired readings count, a little less than clean ones.
    auto siret_repair = RepairingScanner(*p.siret_ocr, IsValidSiret, 0);
    for (Candidate c : FindAll(layout, siret_repair, 0.4)) sirets.push_back(c);
    for (Candidate c : FindLabelled(
             layout, LabelSpec{{{p.siret_label.get(), 0.8, 2, true}}, nullptr}, siret_repair)) {
      sirets.push_back(c);
    }
    for (Candidate c : FindAll(layout, RepairingScanner(*p.vat_ocr, IsValidFrenchVat, 2), 0.65)) {
      vats.push_back(c);
    }
  }

  // SIRENs the seller's own mentions vouch for: its VAT number and its RCS registration.
  std::set<std::string> seller_sirens;
  for (const Candidate& v : vats) {
    if (!InBuyerContext(p, layout, v)) seller_sirens.insert(v.value.substr(4));
  }
  for (const TextLine& line : layout.lines()) {
    re2::StringPiece input(line.text);
    std::string siren;
    while (RE2::FindAndConsume(&input, *p.rcs, &siren)) {
      std::string compact = CompactIdentifier(siren);
      if (IsValidSiren(compact)) seller_sirens.insert(compact);
    }
  }
  for (Candidate& c : sirets) {
    if (InBuyerContext(p, layout, c)) c.score *= 0.3;
    if (seller_sirens.count(c.value.substr(0, 9))) c.score = std::min(1.0, c.score + 0.3);
  }
  sirets = BestPerValue(std::move(sirets));
  if (!sirets.empty() && sirets.front().score >= 0.3) {
    const Candidate& c = sirets.front();
    double conf = c.score;
    if (sirets.size() > 1 && sirets[1].score > c.score - 0.15) conf -= 0.2;
    out.siret = MakeField(c, c.value, conf);
  } else {
    // No valid SIRET, but one printed after its label with a wrong key: it is still the SIRET
    // the document gives, and "invalid" is a more useful finding than "missing". On a text layer
    // the digits are what was typed; on a scan they may be a misreading, so they stay doubtful.
    auto any_14 = IdentifierScanner(*p.siret, [](std::string_view v) { return v.size() == 14; });
    std::vector<Candidate> printed = FindLabelled(
        layout, LabelSpec{{{p.siret_label.get(), 0.95, 2, true}}, nullptr}, any_14);
    std::erase_if(printed, [&](const Candidate& c) { return InBuyerContext(p, layout, c); });
    printed = BestPerValue(std::move(printed));
    if (printed.size() == 1) {
      const Candidate& c = printed.front();
      const bool scanned = c.line && c.line->source == Source::kOcr;
      out.siret = MakeField(c, c.value, scanned ? 0.4 : 0.65);
    }
  }
  // The VAT number of the chosen SIRET's company; else a seller-side one.
  const Candidate* vat = nullptr;
  for (const Candidate& v : vats) {
    if (out.siret && v.value.substr(4) == out.siret->value.substr(0, 9)) {
      vat = &v;
      break;
    }
  }
  for (const Candidate& v : vats) {
    if (!vat && !InBuyerContext(p, layout, v)) vat = &v;
  }
  if (vat) {
    bool same_company = out.siret && vat->value.substr(4) == out.siret->value.substr(0, 9);
    out.vat_number = MakeField(*vat, vat->value, same_company ? 0.97 : 0.7);
  } else if (d.any_ocr && out.siret) {
    // OCR may garble one character of the VAT number beyond repair by substitution ("FR0O5…",
    // one too many). The SIRET already read says what it must be: a printed "FR…" within one
    // edit of that number is it, at low confidence. Nothing is taken from elsewhere.
    const std::string expected = FrenchVatNumber(out.siret->value.substr(0, 9));
    for (const Candidate& c : FindAll(layout, VatLikeScanner(*p.vat_like), 0.55)) {
      if (EditDistance(RepairDigits(c.value.substr(2)), expected.substr(2)) <= 1) {
        out.vat_number = MakeField(c, expected, 0.55);
        break;
      }
    }
  }
}

// IBAN: labelled first. Records where IBANs are, for FindDossiers.
void FindIban(Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  auto scanner = IbanScanner(*p.iban);
  auto all = FindAll(layout, scanner, 0.75);
  for (const Candidate& c : all) d.iban_spans.push_back({c.line, {c.begin, c.end}});
  auto labelled = FindLabelled(layout, LabelSpec{{{p.iban_label.get(), 0.98, 3, true}}, nullptr},
                               IbanScanner(*p.iban_any_case));
  all.insert(all.end(), labelled.begin(), labelled.end());
  if (all.empty()) {
    // An IBAN a paragraph wraps: "… IBAN DE04 1203 0000" | "0020 5873 41 (DKB)". Its label
    // ends the line with the IBAN's start; the next line opens with the rest.
    const auto& lines = layout.lines();
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      const TextLine& line = lines[i];
      const TextLine& next = lines[i + 1];
      if (next.page != line.page) continue;
      re2::StringPiece head_text(line.text), tail_text(next.text), head, tail;
      if (!RE2::PartialMatch(head_text, *p.iban_wrapped_head, &head) ||
          !RE2::PartialMatch(tail_text, *p.iban_wrapped_tail, &tail)) {
        continue;
      }
      std::string id = CompactIdentifier(std::string(head.data(), head.size()) + " " +
                                         std::string(tail.data(), tail.size()));
      const size_t len = static_cast<size_t>(IbanLength(std::string_view(id).substr(0, 2)));
      if (len == 0 || id.size() < len || !IsValidIban(std::string_view(id).substr(0, len)))
        continue;
      id.resize(len);
      const size_t begin = static_cast<size_t>(head.data() - line.text.data());
      all.push_back({id, &line, begin, begin + head.size(), 0.8, false});
      d.iban_spans.push_back({&line, {begin, begin + head.size()}});
      break;
    }
  }
  all = BestPerValue(std::move(all));
  if (!all.empty()) out.iban = MakeField(all.front(), all.front().value, all.front().score);
}

// Dossiers: every funder reference, in order of appearance, outside IBANs.
void FindDossiers(const Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  auto all = FindAll(layout, IdentifierScanner(*p.dossier, IsDossierReference), 0.95);
  std::vector<std::string> refs;
  const Candidate* first = nullptr;
  for (const Candidate& c : all) {
    bool in_iban = std::any_of(d.iban_spans.begin(), d.iban_spans.end(), [&](const auto& s) {
      return s.first == c.line && c.begin < s.second.second && s.second.first < c.end;
    });
    if (in_iban || std::find(refs.begin(), refs.end(), c.value) != refs.end()) continue;
    refs.push_back(c.value);
    if (!first) first = &c;
  }
  if (first) {
    Field<std::string> f = MakeField(*first, first->value, 0.95);
    out.dossiers = Retype(f, refs);
  }
}

// Pro forma and SIGMA order numbers: distinctive formats, labelled ones preferred.
void FindReferences(const Document& d, InvoiceFields& out) {
  const FieldPatterns& p = d.p;
  const TextLayout& layout = d.layout;
  auto pick_reference = [&](const RE2& value_re, const RE2& label_re, auto canonical) {
    auto scanner = [&value_re, canonical](std::string_view text, size_t from, size_t to) {
      return FirstValid(
          value_re, text, from, to,
          [canonical](std::string_view t, size_t b, size_t e) -> std::optional<std::string> {
            if (!EndsWord(t, e)) return std::nullopt;
            return canonical(t.substr(b, e - b));
          });
    };
    auto all = FindAll(layout, scanner, 0.85);
    auto labelled = FindLabelled(layout, LabelSpec{{{&label_re, 0.98, 3, true}}, nullptr}, scanner);
    all.insert(all.end(), labelled.begin(), labelled.end());
    all = BestPerValue(std::move(all));
    std::optional<Field<std::string>> f;
    if (!all.empty()) f = MakeField(all.front(), all.front().value, all.front().score);
    return f;
  };
  out.proforma_number = pick_reference(*p.proforma, *p.proforma_label, [](std::string_view s) {
    std::string digits;
    for (char c : s) {
      if (IsDigit(c)) digits += c;
    }
    return std::optional<std::string>("PRO-" + digits);
  });
  out.purchase_order = pick_reference(*p.order, *p.order_label, [](std::string_view s) {
    return std::optional<std::string>(CompactIdentifier(s));
  });
  if (!out.purchase_order && d.any_ocr) {
    // OCR reads the underscore of "23C00390257_1" as a space.
    out.purchase_order = pick_reference(*p.order_ocr, *p.order_label, [](std::string_view s) {
      std::string id(s);
      std::replace(id.begin(), id.end(), ' ', '_');
      return std::optional<std::string>(id);
    });
    if (out.purchase_order) out.purchase_order->confidence *= 0.8;
  }
}

// Document type: a credit-note title or label, or a negative total.
void FindDocumentType(const Document& d, InvoiceFields& out) {
  const TextLayout& layout = d.layout;
  Field<DocumentType> f;
  f.source = d.first_source;
  if (d.credit) {
    f.value = DocumentType::kCreditNote;
    f.confidence = 0.95;
    f.page = d.credit_line->page;
    f.bbox = d.credit_line->box;
    f.source = d.credit_line->source;
  } else if (out.total_ttc && out.total_ttc->value.negative()) {
    f.value = DocumentType::kCreditNote;
    f.confidence = 0.7;
    f.page = out.total_ttc->page;
    f.bbox = out.total_ttc->bbox;
    f.source = out.total_ttc->source;
  } else {
    f.value = DocumentType::kInvoice;
    f.confidence = out.invoice_number ? 0.9 : 0.6;
    if (out.invoice_number) {
      f.page = out.invoice_number->page;
      f.bbox = out.invoice_number->bbox;
      f.source = out.invoice_number->source;
    }
  }
  if (!layout.lines().empty()) out.document_type = f;
}

}  // namespace

FieldFinder::FieldFinder() : patterns_(std::make_unique<FieldPatterns>()) {}
FieldFinder::~FieldFinder() = default;

const FieldFinder& FieldFinder::Shared() {
  static const FieldFinder finder;
  return finder;
}

InvoiceFields FieldFinder::Find(const std::vector<PageText>& pages) const {
  const FieldPatterns& p = *patterns_;
  TextLayout layout(pages);
  Document d{p, layout};
  d.any_ocr = std::any_of(pages.begin(), pages.end(),
                          [](const PageText& page) { return page.source == Source::kOcr; });
  if (!pages.empty()) d.first_source = pages.front().source;
  // Document type first: it decides the sign of the totals and which number label wins.
  for (const TextLine& line : layout.lines()) {
    if ((line.page == 1 && AnyMatch(*p.credit_title, line.text)) ||
        AnyMatch(*p.credit_label, line.text)) {
      d.credit = true;
      d.credit_line = &line;
      break;
    }
  }
  InvoiceFields out;
  FindInvoiceNumber(d, out);
  FindInvoiceDate(d, out);
  FindTotals(d, out);
  FindSeller(d, out);
  FindIban(d, out);
  FindDossiers(d, out);
  FindReferences(d, out);
  FindDocumentType(d, out);
  return out;
}

}  // namespace verifact
