<?php
// Minimal stand-in for Shopware 6's document renderer (DocumentTemplateRenderer + PdfRenderer):
// renders the stored Shopware document templates (src/shopware/views) with Debian's Twig 3.5,
// Symfony Translation and dompdf 2.0. Usage: php shopware_render.php data.json out.pdf
declare(strict_types=1);

namespace Shopware\Core\Checkout\Cart\Price\Struct {
    class CartPrice { public const TAX_STATE_GROSS = 'gross'; public const TAX_STATE_NET = 'net'; public const TAX_STATE_FREE = 'tax-free'; }
}
namespace Shopware\Core\Checkout\Document\Service {
    class HtmlRenderer { public const FILE_EXTENSION = 'html'; }
}

namespace {
require '/usr/share/php/Twig/autoload.php';
require '/usr/share/php/Twig/Extra/Intl/autoload.php';
require '/usr/share/php/Symfony/Component/Translation/autoload.php';
require '/usr/share/php/dompdf/autoload.php';

/** generic entity stand-in: properties via __get, getX()/x() via __call */
class Obj {
    public function __construct(private array $d) {}
    public function __isset($k) { return array_key_exists($k, $this->d); }
    public function __get($k) { return $this->d[$k] ?? null; }
    public function __call($m, $a) {
        if (array_key_exists($m, $this->d)) return $this->d[$m];
        if (str_starts_with($m, 'get')) { $k = lcfirst(substr($m, 3)); return $this->d[$k] ?? null; }
        return null;
    }
}
/** collection stand-in (EntityCollection / CalculatedTaxCollection) */
class Bag implements IteratorAggregate, Countable {
    public function __construct(private array $items) {}
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
    public function count(): int { return count($this->items); }
    public function first() { return $this->items[array_key_first($this->items)] ?? null; }
    public function last() { return $this->items[array_key_last($this->items)] ?? null; }
    public function get($id) { foreach ($this->items as $i) { if ($i instanceof Obj && $i->id === $id) return $i; } return null; }
    public function sortByTax() { $c = $this->items; usort($c, fn($a, $b) => $b->taxRate <=> $a->taxRate); return new Bag($c); }
}
/** Shopware's document line-item counter */
class Counter {
    private int $counter = 0; private int $page = 1;
    public function increment(): void { $this->counter++; }
    public function getCounter(): int { return $this->counter; }
    public function incrementPage(): void { $this->page++; }
    public function getPage(): int { return $this->page; }
}
function wrap($v) {
    if (!is_array($v)) return $v;
    if (array_is_list($v)) return new Bag(array_map('wrap', $v));
    $o = array_map('wrap', $v);
    if (isset($v['vatIds'])) $o['vatIds'] = $v['vatIds']; // a plain PHP array in Shopware's CustomerEntity
    return new Obj($o);
}

/** loader: Shopware's sw_extends / sw_include tags are Twig's extends/include with bundle inheritance;
 *  the Symfony {% trans %} tag is turned into the |trans filter; `===` (Twig >= 3.15) into `is same as`. */
class SwLoader extends \Twig\Loader\FilesystemLoader {
    public function getSourceContext(string $name): \Twig\Source {
        $s = parent::getSourceContext($name);
        $code = $s->getCode();
        $code = str_replace(['{% sw_extends', '{% sw_include'], ['{% extends', '{% include'], $code);
        $code = preg_replace('/\{% trans with (\{.*?\}) %\}(.*?)\{% endtrans %\}/s', "{{ '\$2'|trans(\$1) }}", $code);
        $code = preg_replace('/\|intval === 0/', '|intval is same as(0)', $code);
        return new \Twig\Source($code, $s->getName(), $s->getPath());
    }
}

$data = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);
$out = $argv[2];
$root = dirname(__DIR__) . '/src/shopware';
$locale = $data['order']['language']['locale']['code'];

// snippets (JSON, flattened like Shopware's SnippetService)
$flat = [];
$walk = function ($arr, $p) use (&$walk, &$flat) { foreach ($arr as $k => $v) { if (is_array($v)) $walk($v, $p . $k . '.'); else $flat[$p . $k] = $v; } };
$walk(json_decode(file_get_contents("$root/snippet/messages.$locale.base.json"), true), '');
$translator = new \Symfony\Component\Translation\Translator($locale);
$translator->addLoader('array', new \Symfony\Component\Translation\Loader\ArrayLoader());
$translator->addResource('array', $flat, $locale);

$loader = new SwLoader();
$loader->addPath("$root/views", 'Framework');
$twig = new \Twig\Environment($loader, ['strict_variables' => false, 'autoescape' => 'html']);
$twig->addExtension(new \Twig\Extra\Intl\IntlExtension());
$twig->addFilter(new \Twig\TwigFilter('trans', fn($id, $params = []) => $translator->trans((string) $id, $params)));
// sw_sanitize: Shopware's HTML purifier; the snippets contain only <strong>, so pass through as safe HTML
$twig->addFilter(new \Twig\TwigFilter('sw_sanitize', fn($s, $opt = null, $override = false) => (string) $s, ['is_safe' => ['html']]));
$twig->addFilter(new \Twig\TwigFilter('intval', fn($v) => (int) $v));
// currency: Shopware's CurrencyFilter -> NumberFormatter(CURRENCY) in the order language's locale
$twig->addFilter(new \Twig\TwigFilter('currency', function ($price, $currencyIsoCode = null, $languageId = null, $decimals = null) use ($locale) {
    $f = new NumberFormatter(str_replace('-', '_', $locale), NumberFormatter::CURRENCY);
    $f->setAttribute(NumberFormatter::FRACTION_DIGITS, $decimals ?? 2);
    return $f->formatCurrency((float) $price, $currencyIsoCode);
}));

$ctx = [
    'order' => wrap($data['order']),
    'config' => wrap($data['config']),
    'counter' => new Counter(),
    'context' => null,
];
$html = $twig->render('@Framework/documents/invoice.html.twig', $ctx);
// dompdf 2.0.3 (Debian bookworm) layout workaround, not part of Shopware: the floated .page-count inside the
// fixed footer pushes the letter header off the page, and the absolute letter header shrinks to its content.
$html = str_replace('</head>', "<style>footer { width: 100%; } .page-count { float: none; } .letter-header { width: 100%; }</style>\n</head>", $html);
@mkdir(dirname(__DIR__) . '/build'); file_put_contents(dirname(__DIR__) . '/build/' . basename($out, '.pdf') . '.html', $html);

// PdfRenderer: dompdf, A4 portrait, page count placeholder injected after rendering
$options = new \Dompdf\Options();
$options->set('isRemoteEnabled', true);
$dompdf = new \Dompdf\Dompdf($options);
$dompdf->setPaper('a4', 'portrait');
$dompdf->loadHtml($html);
$dompdf->render();
$canvas = $dompdf->getCanvas();
$pages = $canvas->get_page_count();
$cpdf = $canvas->get_cpdf();
foreach ($cpdf->objects as &$o) {
    if (($o['t'] ?? '') === 'contents' && isset($o['c'])) {
        $o['c'] = str_replace('DOMPDF_PAGE_COUNT_PLACEHOLDER', (string) $pages, $o['c']);
    }
}
unset($o);
$dompdf->addInfo('Title', $data['config']['custom']['invoiceNumber']);
$dompdf->addInfo('CreationDate', 'D:' . $data['pdfDate']);
$dompdf->addInfo('ModDate', 'D:' . $data['pdfDate']);
file_put_contents($out, $dompdf->output());
}
