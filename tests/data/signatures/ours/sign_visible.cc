// sign_visible.cc -- add a *visible* adbe.pkcs7.detached signature to page N of
// a PDF with Poppler 22.12's private PDFDoc::sign() API (the same call pdfsig
// -add-signature makes, but with a non-zero rectangle and appearance text).
//
// Build: g++ -std=c++17 -O1 sign_visible.cc -o sign_visible $(pkg-config --cflags --libs poppler)
// Usage: sign_visible NSSDIR NICK IN.pdf OUT.pdf FIELD PAGE X1 Y1 X2 Y2 TEXT LEFTTEXT [REASON]
//   TEXT / LEFTTEXT are UTF-8; "\n" in them (backslash + n) becomes a line break.
//
// Debian's libpoppler-private-dev does not ship SignatureHandler.h, but
// libpoppler.so.126 exports SignatureHandler::setNSSDir(const GooString&);
// we declare just that static member ourselves (the mangled name only depends
// on class name, member name and argument type).
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

#include <poppler-config.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <PDFDocFactory.h>
#include <Annot.h>
#include <UTF.h>
#include <goo/GooString.h>

class SignatureHandler
{
public:
    static void setNSSDir(const GooString &nssDir);
};

static std::string unescape(const char *s)
{
    std::string r;
    for (; *s; ++s) {
        if (s[0] == '\\' && s[1] == 'n') {
            r += '\n';
            ++s;
        } else {
            r += *s;
        }
    }
    return r;
}

int main(int argc, char **argv)
{
    if (argc < 13) {
        std::fprintf(stderr, "usage: %s NSSDIR NICK IN.pdf OUT.pdf FIELD PAGE X1 Y1 X2 Y2 TEXT LEFTTEXT [REASON]\n", argv[0]);
        return 2;
    }
    globalParams = std::make_unique<GlobalParams>();
    SignatureHandler::setNSSDir(GooString(argv[1]));

    const char *nick = argv[2];
    GooString inName(argv[3]);
    const char *outName = argv[4];
    const int page = std::atoi(argv[6]);
    const PDFRectangle rect(std::atof(argv[7]), std::atof(argv[8]), std::atof(argv[9]), std::atof(argv[10]));
    std::unique_ptr<GooString> text = utf8ToUtf16WithBom(unescape(argv[11]));
    std::unique_ptr<GooString> left = utf8ToUtf16WithBom(unescape(argv[12]));
    std::unique_ptr<GooString> reason;
    if (argc > 13 && argv[13][0])
        reason = utf8ToUtf16WithBom(argv[13]);

    std::unique_ptr<PDFDoc> doc = PDFDocFactory().createPDFDoc(inName);
    if (!doc || !doc->isOk()) {
        std::fprintf(stderr, "cannot open %s\n", argv[3]);
        return 1;
    }
    const double black[] = { 0, 0, 0 };
    const double blue[] = { 0.1, 0.2, 0.6 };
    const double paleBlue[] = { 0.92, 0.95, 1.0 };
    const bool ok = doc->sign(outName, nick, /*password*/ "", new GooString(argv[5]), page, rect, *text, *left,
                              /*fontSize*/ 9, /*leftFontSize*/ 14, std::make_unique<AnnotColor>(black[0], black[1], black[2]),
                              /*borderWidth*/ 1.5, std::make_unique<AnnotColor>(blue[0], blue[1], blue[2]),
                              std::make_unique<AnnotColor>(paleBlue[0], paleBlue[1], paleBlue[2]), reason.get(), /*location*/ nullptr);
    if (!ok) {
        std::fprintf(stderr, "PDFDoc::sign failed\n");
        return 1;
    }
    return 0;
}
