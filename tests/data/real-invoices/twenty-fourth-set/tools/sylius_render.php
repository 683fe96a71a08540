<?php
// Minimal stand-in for Sylius InvoicingPlugin's InvoicePdfFileGenerator (TwigToPdfGenerator + KnpSnappy):
// renders the stored template (src/sylius/views) with Debian's Twig 3.5 + Symfony Translation/Intl to HTML;
// wkhtmltopdf (called from redo.sh, like KnpSnappy with options: []) turns it into the PDF.
// Usage: php sylius_render.php data.json out.html logo.png
declare(strict_types=1);

namespace Sylius\InvoicingPlugin\Entity {
    interface InvoiceInterface { public const PAYMENT_STATE_COMPLETED = 'completed'; public const PAYMENT_STATE_PENDING = 'pending'; }
}

namespace {
require '/usr/share/php/Twig/autoload.php';
require '/usr/share/php/Symfony/Component/Translation/autoload.php';
require '/usr/share/php/Symfony/Component/Yaml/autoload.php';
require '/usr/share/php/Symfony/Component/Intl/autoload.php';

class Obj {
    public function __construct(private array $d) {}
    public function __isset($k) { return array_key_exists($k, $this->d); }
    public function __get($k) { return $this->d[$k] ?? null; }
    public function __call($m, $a) { return $this->d[$m] ?? null; }
}
class Bag implements IteratorAggregate, Countable {
    public function __construct(private array $items) {}
    public function getIterator(): Iterator { return new ArrayIterator($this->items); }
    public function count(): int { return count($this->items); }
}
function wrap($v) {
    if (!is_array($v)) return $v;
    if (array_is_list($v)) return new Bag(array_map('wrap', $v));
    return new Obj(array_map('wrap', $v));
}

$data = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);
$root = dirname(__DIR__) . '/src/sylius';
$locale = $data['invoice']['localeCode'];
\Locale::setDefault($locale);

$translator = new \Symfony\Component\Translation\Translator($locale);
$translator->setFallbackLocales(['en']);
$translator->addLoader('yaml', new \Symfony\Component\Translation\Loader\YamlFileLoader());
$translator->addResource('yaml', "$root/translations/messages.$locale.yml", $locale, 'messages');
$translator->addResource('yaml', "$root/translations/sylius_ui_subset.messages.$locale.yml", $locale, 'messages');

$loader = new \Twig\Loader\FilesystemLoader();
$loader->addPath("$root/views", 'SyliusInvoicingPlugin');
$twig = new \Twig\Environment($loader, ['autoescape' => 'html']);
$twig->addFilter(new \Twig\TwigFilter('trans', fn($id, $params = [], $domain = null, $loc = null) => $translator->trans((string) $id, $params, $domain, $loc)));
// Sylius CountryNameExtension: Intl country name in the current locale
$twig->addFilter(new \Twig\TwigFilter('sylius_country_name', fn($code, $loc = null) => \Symfony\Component\Intl\Countries::getName($code, $loc)));

$inv = $data['invoice'];
$inv['issuedAt'] = new \DateTimeImmutable($inv['issuedAt']);
$html = $twig->render('@SyliusInvoicingPlugin/Invoice/Download/pdf.html.twig', [
    'invoice' => wrap($inv),
    'invoiceLogoPath' => 'file://' . realpath($argv[3]),
]);
file_put_contents($argv[2], $html);
}
