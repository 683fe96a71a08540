// Small helpers to write HTML safely: every text that comes from a file, a manifest or a user
// goes through Escape (or UrlPart inside a URL) before it reaches a page.
#pragma once

#include <string>

namespace verifact::html {

// Text or attribute value: & < > " ' escaped.
std::string Escape(const std::string& text);

// One path segment or query value, percent-encoded.
std::string UrlPart(const std::string& text);

}  // namespace verifact::html
