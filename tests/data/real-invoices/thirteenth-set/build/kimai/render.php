<?php
// Renders Kimai's invoice/renderer/default.html.twig (unchanged) with Debian's php-twig.
// Stand-ins: the Kimai twig filters the template uses (date_short, duration, amount, money, md2html),
// encore_entry_css_source() (returns the compiled assets/sass/invoice.scss), the invoice model (plain arrays).
// Usage: php render.php DATA.json > out.html
require '/usr/share/php/Twig/autoload.php';
require '/usr/share/php/Twig/Extra/String/autoload.php';
require '/usr/share/php/Symfony/Component/Translation/autoload.php';
require '/usr/share/php/Symfony/Component/Config/autoload.php';
require '/usr/share/php/Parsedown/autoload.php';
require '/usr/share/php/ParsedownExtra/autoload.php';

use Symfony\Component\Translation\Translator;
use Symfony\Component\Translation\Loader\XliffFileLoader;
use Twig\TwigFilter; use Twig\TwigFunction;

$ROOT = realpath(__DIR__ . '/../../src/kimai');
$d = json_decode(file_get_contents($argv[1]), true);
$locale = $d['locale'];
// config/packages/kimai.yaml (kimai 1.x) "languages": date format / duration format per locale
$FORMATS = ['de' => ['date' => 'd.m.Y', 'duration' => '%h:%m h'], 'fr' => ['date' => 'd/m/Y', 'duration' => '%h h %m'], 'en' => ['date' => 'Y-m-d', 'duration' => '%h:%m h']];

$translator = new Translator($locale);
$translator->addLoader('xlf', new XliffFileLoader());
$translator->addResource('xlf', "$ROOT/translations/messages.$locale.xlf", $locale, 'messages');

$twig = new \Twig\Environment(new \Twig\Loader\FilesystemLoader("$ROOT/templates"), ['strict_variables' => false, 'autoescape' => 'html']);
$twig->addExtension(new \Twig\Extra\String\StringExtension());
$twig->addFilter(new TwigFilter('trans', fn($id, $p = []) => $translator->trans($id, $p, 'messages', $locale)));
// App\Utils\LocaleFormatter (kimai 1.x): dateShort = DateTime::format(languages.<locale>.date)
$twig->addFilter(new TwigFilter('date_short', fn($dt) => $dt ? (new DateTime($dt))->format($FORMATS[$locale]['date']) : null));
$twig->addFilter(new TwigFilter('duration', function ($sec, $decimal = false) use ($locale, $FORMATS) {
    if ($decimal) { $f = new NumberFormatter($locale, NumberFormatter::DECIMAL); $f->setAttribute(NumberFormatter::FRACTION_DIGITS, 2); return $f->format(round($sec / 3600, 2)); }
    return strtr($FORMATS[$locale]['duration'], ['%h' => intdiv($sec, 3600), '%m' => sprintf('%02d', intdiv($sec % 3600, 60))]);
}));
$twig->addFilter(new TwigFilter('amount', fn($a) => (new NumberFormatter($locale, NumberFormatter::DECIMAL))->format($a)));
$twig->addFilter(new TwigFilter('money', fn($a, $cur = null) => (new NumberFormatter($locale, NumberFormatter::CURRENCY))->formatCurrency((float)($a ?? 0), $cur)));
// App\Utils\Markdown: ParsedownExtension (ParsedownExtra) with urlsLinked + breaksEnabled, safe mode off for md2html
$twig->addFilter(new TwigFilter('md2html', function ($s) { $p = new ParsedownExtra(); $p->setUrlsLinked(true); $p->setBreaksEnabled(true); $p->setSafeMode(false); return $p->text((string)$s); }, ['is_safe' => ['html']]));
$twig->addFunction(new TwigFunction('encore_entry_css_source', fn($e) => file_get_contents(__DIR__ . "/$e.css")));

$m = $d['model'];
foreach ($m['calculator']['entries'] as &$e) { $e += ['fixedRate' => null, 'hourlyRate' => null, 'activity' => null, 'project' => null, 'description' => null]; }
unset($e);
echo $twig->render('invoice/renderer/default.html.twig', ['model' => $m, 'app' => ['request' => null]]);
