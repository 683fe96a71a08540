<?php
// Renders siwapp-sf1's default "Invoice Template" (data/fixtures/templates.yml, Template_1, unchanged)
// the way lib/Printer.class.php does (Twig + page wrapping + DOMPDF, A4 portrait), with Debian's php-twig and php-dompdf.
// Stand-ins: the Common_Twig_Extension filters used (format = symfony1 simple_format_text, currency = symfony1 format_currency),
// the Invoice/Item/Tax records (plain objects), SettingsTagsArray (array).
// Usage: php render.php DATA.json OUT.pdf [OUT.html]
require '/usr/share/php/Twig/autoload.php';
require '/usr/share/php/Symfony/Component/Yaml/autoload.php';
require '/usr/share/php/dompdf/autoload.php';

$ROOT = realpath(__DIR__ . '/../../src/siwapp');
$d = json_decode(file_get_contents($argv[1]), true);
$yaml = Symfony\Component\Yaml\Yaml::parseFile("$ROOT/data/fixtures/templates.Template_1.yml");
$source = $yaml['Template']['Template_1']['template'];

class InvoiceStub { public function __construct(array $a) { foreach ($a as $k => $v) $this->$k = $v; }
  public function __toString(): string { return $this->series_value . $this->number; } }   // Invoice::__toString()

$twig = new \Twig\Environment(new \Twig\Loader\ArrayLoader(['invoice-template' => $source]), ['autoescape' => false]);
// symfony 1.4 TextHelper::simple_format_text (registered with pre_escape html)
$twig->addFilter(new \Twig\TwigFilter('format', function ($text) {
  $text = htmlspecialchars((string)$text, ENT_QUOTES, 'UTF-8');
  $text = preg_replace(["/(\r\n|\r)/", "/\n{2,}/"], ["\n", "</p><p>"], $text);
  $text = str_replace("\n", "\n<br />", $text);
  return '<p>' . $text . '</p>';
}, ['is_safe' => ['html']]));
// common_twig_extension_format_currency -> format_currency($amount, user currency, culture)
$fmt = new NumberFormatter($d['culture'], NumberFormatter::CURRENCY);
$twig->addFilter(new \Twig\TwigFilter('currency', fn($a) => $fmt->formatCurrency((float)$a, $d['currency'])));

$inv = $d['invoice'];
$inv['Items'] = array_map(function ($it) { $o = (object)$it; $o->Taxes = array_map(fn($t) => (object)$t, $it['Taxes']); return $o; }, $inv['Items']);
$invoice = new InvoiceStub($inv);

// Printer::render()
$data = [$invoice]; $max = count($data) - 1; $head = null; $body = null;
$tpl = $twig->load('invoice-template');
foreach ($data as $i => $dataUnit) {
  $tmp = $tpl->render(['invoice' => $dataUnit, 'settings' => $d['settings'], 'pdf' => true]);
  if (!$i) $head = preg_replace('/(<body>)(.*)(<\/body>.*<\/html>)/si', '$1', $tmp);
  preg_match('/(<body>)(.*)(<\/body>)/si', $tmp, $matches);
  $body .= '<div class="page"' . ($i < $max ? ' style="page-break-after:always"' : null) . '>' . $matches[2] . PHP_EOL . '</div>';
}
$html = $head . PHP_EOL . $body . PHP_EOL . '</body></html>';
if (isset($argv[3])) file_put_contents($argv[3], $html);
// Printer::renderPdf(): DOMPDF, a4 portrait
$pdf = new Dompdf\Dompdf();
$pdf->loadHtml($html);
$pdf->setPaper('a4', 'portrait');
$pdf->render();
file_put_contents($argv[2], $pdf->output());
