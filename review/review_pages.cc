#include "review/review_pages.h"

#include "models/invoice_fields.h"
#include "review/html.h"

#include <cstdio>
#include <map>
#include <set>

namespace verifact {
namespace {

using html::Escape;
using html::UrlPart;
using nlohmann::ordered_json;

std::string Text(const ordered_json& j) {
  if (j.is_null()) return "";
  if (j.is_string()) return j.get<std::string>();
  if (j.is_array()) {
    std::string out;
    for (const auto& v : j) out += (out.empty() ? "" : ", ") + Text(v);
    return out;
  }
  return j.dump();
}

std::string Shell(const std::string& title, const std::string& user, const std::string& csrf,
                  const std::string& body) {
  std::string nav;
  if (!user.empty()) {
    nav = "<nav><a href=\"/\">File d'attente</a> <a href=\"/audit\">Journal</a> "
          "<a href=\"/export.csv\">Export CSV</a> <a href=\"/export.jsonl\">Export JSONL</a>"
          "<form method=\"post\" action=\"/logout\" class=\"logout\">"
          "<input type=\"hidden\" name=\"csrf\" value=\"" + Escape(csrf) + "\">" +
          "<span>" + Escape(user) + "</span> <button id=\"logout\">Se déconnecter</button></form></nav>";
  }
  return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         "<title>" + Escape(title) + " · verifact</title>"
         "<link rel=\"stylesheet\" href=\"/static/review.css\">"
         "<script src=\"/static/review.js\" defer></script></head><body>" +
         nav + "<main>" + body + "</main></body></html>";
}

// French words for the contract's English values (the values stay in attributes and APIs).
std::string French(const std::string& value) {
  static const std::map<std::string, std::string> words = {
      {"accepted", "acceptée"},  {"refused", "refusée"},   {"review", "à revoir"},
      {"none", "aucune"},        {"panel", "panneau"},     {"image", "image seulement"},
      {"text-layer", "texte"},   {"ocr", "OCR"},           {"facturx", "Factur-X"},
      {"declared", "déclarée"},  {"reviewer", "relecteur"}, {"refusal", "refus"},
      {"info", "info"},
      {"invoice_number", "N° de facture"}, {"invoice_date", "Date"},
      {"total_ht", "Total HT"},  {"total_tva", "TVA"},     {"total_ttc", "Total TTC"},
      {"siret", "SIRET"},        {"vat_number", "N° de TVA"}, {"iban", "IBAN"},
      {"dossiers", "Dossiers"},  {"proforma_number", "Pro forma"},
      {"purchase_order", "Bon de commande"}, {"document_type", "Type"},
      {"invoice", "facture"},    {"credit_note", "avoir"}};
  auto it = words.find(value);
  return it == words.end() ? value : it->second;
}

std::string Badge(const std::string& verdict) {
  return "<span class=\"badge " + Escape(verdict) + "\">" + Escape(French(verdict)) + "</span>";
}

std::string FileName(const std::string& path) {
  auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

bool Matches(const ReviewedDeposit& d, const std::optional<Decision>& decision,
             const QueueFilter& f) {
  bool flagged = d.verdict == "refused" || d.verdict == "review";
  if (f.status == "flagged" && (!flagged || decision)) return false;
  if (f.status == "decided" && !decision) return false;
  if (!f.funder.empty() && d.funder != f.funder) return false;
  if (!f.code.empty()) {
    bool has = false;
    for (const auto& c : d.codes) has = has || c == f.code;
    if (!has) return false;
  }
  if (!f.from.empty() && d.deposited_at < f.from) return false;
  if (!f.to.empty() && (d.deposited_at.empty() || d.deposited_at > f.to)) return false;
  return true;
}

std::string LoginPage(const std::string& message) {
  std::string body =
      "<h1>verifact · contrôle des factures</h1>"
      "<form method=\"post\" action=\"/login\" class=\"login\">" +
      (message.empty() ? "" : "<p class=\"error\">" + Escape(message) + "</p>") +
      "<label>Identifiant <input id=\"username\" name=\"username\" autocomplete=\"username\" "
      "required autofocus></label>"
      "<label>Mot de passe <input id=\"password\" name=\"password\" type=\"password\" "
      "autocomplete=\"current-password\" required></label>"
      "<button id=\"login\">Se connecter</button></form>";
  return Shell("Connexion", "", "", body);
}

std::string QueuePage(const std::vector<QueueRow>& rows, const QueueFilter& f, int flagged,
                      int decided, int total, const std::string& user, const std::string& csrf) {
  auto option = [](const std::string& value, const std::string& label, const std::string& now) {
    return "<option value=\"" + Escape(value) + "\"" + (value == now ? " selected" : "") + ">" +
           Escape(label) + "</option>";
  };
  std::string body = "<h1>File d'attente</h1><p class=\"counts\" id=\"counts\">" +
                     std::to_string(flagged) + " à décider · " + std::to_string(decided) +
                     " décidés · " + std::to_string(total) + " dépôts</p>";
  body += "<form method=\"get\" action=\"/\" class=\"filters\"><select name=\"status\">" +
          option("flagged", "à décider", f.status) + option("decided", "décidés", f.status) +
          option("all", "tous", f.status) + "</select><select name=\"funder\">" +
          option("", "tous financeurs", f.funder) + option("akto", "AKTO", f.funder) +
          option("opco-ep", "OPCO EP", f.funder) + option("sigma", "SIGMA", f.funder) +
          option("chorus", "Chorus Pro", f.funder) +
          "</select><input name=\"code\" placeholder=\"code de contrôle\" size=\"24\" value=\"" +
          Escape(f.code) + "\" id=\"filter-code\"><label>du <input type=\"date\" name=\"from\" value=\"" +
          Escape(f.from) + "\"></label><label>au <input type=\"date\" name=\"to\" value=\"" +
          Escape(f.to) + "\"></label><button>Filtrer</button></form>";
  body += "<table class=\"queue\" id=\"queue\"><thead><tr><th>Dépôt</th><th>Financeur</th>"
          "<th>Déposé le</th><th>Fichier</th><th>Verdict</th><th>Motifs</th><th>Décision</th>"
          "</tr></thead><tbody>";
  for (const QueueRow& r : rows) {
    const ReviewedDeposit& d = r.deposit;
    std::string codes;
    for (const auto& c : d.codes) codes += "<code>" + Escape(c) + "</code> ";
    body += "<tr><td class=\"nowrap\"><a class=\"deposit-link\" data-id=\"" + Escape(d.key) +
            "\" href=\"/deposits/" + UrlPart(d.key) + "\">" + Escape(d.key) + "</a></td><td>" +
            Escape(d.funder) + "</td><td class=\"nowrap\">" + Escape(d.deposited_at) +
            "</td><td title=\"" + Escape(d.file) + "\">" + Escape(FileName(d.file)) + "</td><td>" +
            Badge(d.verdict) + "</td><td>" + codes + "</td><td>" +
            (r.decision ? Badge(r.decision->decision) + " " + Escape(r.decision->user) : "") +
            "</td></tr>";
  }
  if (rows.empty()) body += "<tr><td colspan=\"7\">Rien à afficher.</td></tr>";
  body += "</tbody></table><p class=\"keys\">Raccourcis : <kbd>j</kbd>/<kbd>k</kbd> choisir, "
          "<kbd>Entrée</kbd> ouvrir, <kbd>/</kbd> filtrer.</p>";
  return Shell("File d'attente", user, csrf, body);
}

std::string DepositPage(const QueueRow& row, const std::vector<AuditEntry>& audit,
                        const std::string& next_key, const std::string& message,
                        const std::string& user, const std::string& csrf) {
  const ReviewedDeposit& d = row.deposit;
  const ordered_json& r = d.result;
  const std::string id = UrlPart(d.key);
  const std::string token = "<input type=\"hidden\" name=\"csrf\" value=\"" + Escape(csrf) + "\">";
  std::string body = "<h1>Dépôt " + Escape(d.key) + " " + Badge(d.verdict) +
                     (row.decision ? " → décision : " + Badge(row.decision->decision) + " par " +
                                         Escape(row.decision->user) + " le " +
                                         Escape(row.decision->at)
                                   : "") +
                     "</h1><p class=\"meta\">" + Escape(d.funder) + " · déposé le " +
                     Escape(d.deposited_at) + " · <a href=\"/deposits/" + id +
                     "/file\" id=\"original\">" + Escape(d.file) + "</a></p>";
  if (!message.empty()) body += "<p class=\"error\" id=\"message\">" + Escape(message) + "</p>";

  // The pages, with the boxes of what was read on them; those a check holds against are red.
  std::set<std::string> flagged_fields;
  for (const auto& c : r["checks"]) {
    if (c.value("severity", "") != "info" && c["field"].is_string()) {
      flagged_fields.insert(c["field"].get<std::string>());
    }
  }
  int pages = r.value("pages", 0);
  body += "<div class=\"columns\"><section class=\"pages\">";
  for (int p = 1; p <= pages && p <= 20; ++p) {
    body += "<div class=\"page\"><img alt=\"page " + std::to_string(p) + "\" src=\"/deposits/" +
            id + "/page/" + std::to_string(p) + ".png\">";
    for (const char* name : kFieldNames) {
      const ordered_json& f = r["fields"][name];
      if (!f.is_object() || f.value("page", 0) != p || !f["bbox"].is_array()) continue;
      const auto& b = f["bbox"];
      double x0 = b[0].get<double>() * 100, y0 = b[1].get<double>() * 100;
      double w = (b[2].get<double>() - b[0].get<double>()) * 100;
      double h = (b[3].get<double>() - b[1].get<double>()) * 100;
      // Placed by the script from data attributes: the page's CSP allows no inline style.
      char place[160];
      std::snprintf(place, sizeof place, "data-x=\"%.2f\" data-y=\"%.2f\" data-w=\"%.2f\" data-h=\"%.2f\"",
                    x0, y0, w, h);
      body += std::string("<div class=\"box") + (flagged_fields.count(name) ? " flagged" : "") +
              "\" " + place + " title=\"" + Escape(French(name) + " : " + Text(f["value"])) +
              "\"><span>" + Escape(French(name)) + "</span></div>";
    }
    body += "</div>";
  }
  body += "</section><section class=\"facts\">";

  // The fields, each correctable.
  body += "<h2>Valeurs lues</h2><table class=\"fields\" id=\"fields\"><tr><th>Champ</th>"
          "<th>Valeur</th><th>Confiance</th><th>Source</th><th>Corriger</th></tr>";
  for (const char* name : kFieldNames) {
    const ordered_json& f = r["fields"][name];
    std::string value = f.is_object() ? Text(f["value"]) : "";
    char confidence[16] = "";
    if (f.is_object()) std::snprintf(confidence, sizeof confidence, "%.2f", f.value("confidence", 0.0));
    bool low = f.is_object() && f.value("confidence", 0.0) < 0.6;
    body += "<tr data-field=\"" + std::string(name) + "\"" + (low ? " class=\"low\"" : "") +
            "><td>" + Escape(French(name)) + "</td><td class=\"value\">" +
            (f.is_object() ? Escape(value) : "<em>absent</em>") + "</td><td>" + confidence +
            "</td><td>" + (f.is_object() ? Escape(French(f.value("source", ""))) : "") +
            "</td><td><form method=\"post\" class=\"correct\" data-field=\"" + name +
            "\" action=\"/deposits/" + id + "/correct\">" + token +
            "<input type=\"hidden\" name=\"field\" value=\"" + name +
            "\"><input name=\"value\" value=\"" + Escape(value) + "\" aria-label=\"" + Escape(French(name)) +
            "\"><button>Corriger</button></form></td></tr>";
  }
  body += "</table>";

  // The pro forma it names.
  body += "<h2>Pro forma</h2>";
  if (d.proforma) {
    const ProForma& p = *d.proforma;
    std::string dossiers;
    for (const auto& x : p.dossiers) dossiers += (dossiers.empty() ? "" : ", ") + x;
    body += "<table class=\"proforma\" id=\"proforma\"><tr><th>N°</th><td>" + Escape(p.number) +
            "</td></tr><tr><th>Type</th><td>" + Escape(p.type) + "</td></tr><tr><th>Montant</th><td>" +
            Escape(p.total.ToString()) + "</td></tr><tr><th>SIRET</th><td>" +
            Escape(p.siret.value_or("")) + "</td></tr><tr><th>Dossiers</th><td>" +
            Escape(dossiers) + "</td></tr><tr><th>Statut</th><td>" + Escape(p.status) +
            "</td></tr></table>";
  } else {
    body += "<p>Aucune pro forma connue pour ce dépôt.</p>";
  }

  // Why it was flagged.
  body += "<h2>Contrôles</h2><table class=\"checks\" id=\"checks\"><tr><th>Code</th><th>Gravité</th>"
          "<th>Champ</th><th>Attendu</th><th>Trouvé</th><th>Message</th></tr>";
  for (const auto& c : r["checks"]) {
    body += "<tr class=\"" + Escape(c.value("severity", "")) + "\"><td><code>" +
            Escape(c.value("code", "")) + "</code></td><td>" +
            Escape(French(c.value("severity", ""))) + "</td><td>" + Escape(French(Text(c["field"]))) + "</td><td>" + Escape(Text(c["expected"])) +
            "</td><td>" + Escape(Text(c["found"])) + "</td><td>" + Escape(Text(c["message"])) +
            "</td></tr>";
  }
  body += "</table>";
  if (r.contains("error") && r["error"].is_object()) {
    body += "<p class=\"error\">Lecture : " + Escape(Text(r["error"]["code"])) + " — " +
            Escape(Text(r["error"]["message"])) + "</p>";
  }

  // The signature.
  const ordered_json& s = r["signature"];
  body += "<h2>Signature : <span id=\"signature-status\" data-status=\"" +
          Escape(s.value("status", "none")) + "\">" + Escape(French(s.value("status", "none"))) +
          "</span></h2><ul class=\"signature\">";
  for (const auto& p : s["panels"]) {
    body += "<li>Panneau " + Escape(p.value("field", "")) + " : " +
            Escape(p.value("integrity", "")) + ", certificat " + Escape(p.value("certificate", "")) +
            (p["signer"].is_string() ? ", " + Escape(p["signer"].get<std::string>()) : "") + "</li>";
    for (const auto& finding : p["findings"]) body += "<li class=\"finding\">" + Escape(Text(finding)) + "</li>";
  }
  for (const auto& m : s["images"]) {
    body += "<li>Image (" + Escape(m.value("kind", "")) + ") page " +
            std::to_string(m.value("page", 0)) + "</li>";
  }
  body += "</ul>";

  // The decision.
  std::string letter = row.decision && !row.decision->letter.empty() ? row.decision->letter
                                                                     : Text(r["refusal_letter"]);
  body += "<h2>Décision</h2><form method=\"post\" action=\"/deposits/" + id +
          "/decide\" class=\"decide\" id=\"decide\">" + token +
          "<input type=\"hidden\" name=\"next\" value=\"" + Escape(next_key) + "\">"
          "<label>Lettre de refus<textarea name=\"letter\" id=\"letter\" rows=\"12\">" +
          Escape(letter) + "</textarea></label>"
          "<button name=\"decision\" value=\"accept\" id=\"accept\" class=\"accept\">Accepter (a)</button> "
          "<button name=\"decision\" value=\"refuse\" id=\"refuse\" class=\"refuse\">Confirmer le refus (r)</button>"
          "</form>";
  if (!next_key.empty()) {
    body += "<p><a id=\"next\" href=\"/deposits/" + UrlPart(next_key) + "\">Dépôt suivant (n)</a></p>";
  }

  body += "<h2>Journal</h2><table class=\"audit\" id=\"audit\"><tr><th>Quand</th><th>Qui</th>"
          "<th>Action</th><th>Champ</th><th>Avant</th><th>Après</th></tr>";
  for (const AuditEntry& a : audit) {
    body += "<tr><td>" + Escape(a.at) + "</td><td>" + Escape(a.user) + "</td><td>" +
            Escape(a.action) + "</td><td>" + Escape(a.field) + "</td><td>" + Escape(a.before) +
            "</td><td>" + Escape(a.after) + "</td></tr>";
  }
  if (audit.empty()) body += "<tr><td colspan=\"6\">Aucune action pour l'instant.</td></tr>";
  body += "</table></section></div>";
  return Shell("Dépôt " + d.key, user, csrf, body);
}

std::string AuditPage(const std::vector<AuditEntry>& audit, const std::string& user,
                      const std::string& csrf) {
  std::string body = "<h1>Journal des décisions</h1><table class=\"audit\" id=\"audit\"><tr>"
                     "<th>Quand</th><th>Qui</th><th>Dépôt</th><th>Action</th><th>Champ</th>"
                     "<th>Avant</th><th>Après</th></tr>";
  for (const AuditEntry& a : audit) {
    body += "<tr><td>" + Escape(a.at) + "</td><td>" + Escape(a.user) + "</td><td><a href=\"/deposits/" +
            UrlPart(a.key) + "\">" + Escape(a.key) + "</a></td><td>" + Escape(a.action) +
            "</td><td>" + Escape(a.field) + "</td><td>" + Escape(a.before) + "</td><td>" +
            Escape(a.after) + "</td></tr>";
  }
  body += "</table>";
  return Shell("Journal", user, csrf, body);
}

const char* const kReviewCss = R"css(
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #1d2330; background: #f4f5f7; }
nav { display: flex; gap: 1em; align-items: center; padding: .6em 1em; background: #1d2330; }
nav a, nav span { color: #fff; text-decoration: none; }
nav .logout { margin-left: auto; display: flex; gap: .6em; align-items: center; }
main { padding: 1em 1.5em; }
table { border-collapse: collapse; background: #fff; width: 100%; margin-bottom: 1em; }
th, td { border-bottom: 1px solid #dde; padding: .3em .5em; text-align: left; vertical-align: top; }
tr.selected { outline: 2px solid #3867d6; }
.badge { padding: .1em .5em; border-radius: .8em; font-size: .85em; color: #fff; background: #888; }
.badge.refused { background: #c0392b; } .badge.review { background: #d68910; }
.badge.accepted { background: #1e8449; }
.columns { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5em; }
.page { position: relative; margin-bottom: 1em; box-shadow: 0 1px 4px #0003; background: #fff; }
.page img { width: 100%; display: block; }
.box { position: absolute; border: 2px solid #3867d6; background: #3867d622; }
.box span { position: absolute; top: -1.4em; left: 0; font-size: 11px; background: #3867d6;
  color: #fff; padding: 0 .3em; white-space: nowrap; }
tr.low td { background: #fdebd0; } tr.refusal td { background: #fadbd8; }
tr.review td { background: #fdebd0; }
.error { color: #c0392b; font-weight: 600; }
.nowrap, .audit td:first-child { white-space: nowrap; }
.audit td:last-child, .audit td:nth-last-child(2) { white-space: pre-wrap; }
.facts { min-width: 0; } .fields { table-layout: fixed; } .fields td { overflow-wrap: anywhere; }
.fields th:first-child { width: 8.5em; } .fields th:nth-child(2) { width: 12em; }
.fields th:nth-child(3) { width: 5.5em; } .fields th:nth-child(4) { width: 5.5em; }
.box.flagged { border-color: #c0392b; background: #c0392b22; }
.box span { display: none; } .box:hover span, .box.flagged span { display: block; }
.box.flagged span { background: #c0392b; }
button.accept { background: #1e8449; color: #fff; border: 0; padding: .4em .9em; border-radius: .3em; }
button.refuse { background: #c0392b; color: #fff; border: 0; padding: .4em .9em; border-radius: .3em; }
form.correct { display: flex; gap: .3em; } form.correct input { flex: 1; min-width: 0; }
textarea { width: 100%; font: inherit; }
.login { display: grid; gap: .8em; max-width: 22em; }
.filters { display: flex; gap: .6em; flex-wrap: wrap; margin-bottom: 1em; }
)css";

const char* const kReviewJs = R"js(
// The boxes of what was read, placed over the page pictures (fractions of the page).
document.querySelectorAll('.box').forEach((b) => {
  b.style.left = b.dataset.x + '%'; b.style.top = b.dataset.y + '%';
  b.style.width = b.dataset.w + '%'; b.style.height = b.dataset.h + '%';
});
// Keyboard shortcuts for the common path. Queue: j/k move, Enter opens, / filters.
// Deposit: a accepts, r confirms the refusal, n goes to the next one.
document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')) return;
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  const rows = [...document.querySelectorAll('#queue tbody tr')].filter(r => r.querySelector('a'));
  const at = rows.findIndex(r => r.classList.contains('selected'));
  const pick = (i) => {
    rows.forEach(r => r.classList.remove('selected'));
    if (rows[i]) { rows[i].classList.add('selected'); rows[i].scrollIntoView({block: 'nearest'}); }
  };
  if (rows.length && e.key === 'j') { pick(Math.min(at + 1, rows.length - 1)); e.preventDefault(); }
  else if (rows.length && e.key === 'k') { pick(Math.max(at - 1, 0)); e.preventDefault(); }
  else if (rows.length && e.key === 'Enter' && at >= 0) { rows[at].querySelector('a').click(); }
  else if (e.key === '/') { const f = document.getElementById('filter-code'); if (f) { f.focus(); e.preventDefault(); } }
  else if (e.key === 'a') { const b = document.getElementById('accept'); if (b) b.click(); }
  else if (e.key === 'r') { const b = document.getElementById('refuse'); if (b) b.click(); }
  else if (e.key === 'n') { const l = document.getElementById('next'); if (l) l.click(); }
});
)js";

}  // namespace verifact
