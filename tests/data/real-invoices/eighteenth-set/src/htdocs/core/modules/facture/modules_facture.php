<?php
// realpdf-v18 STAND-IN for Dolibarr's modules_facture.php / CommonDocGenerator (only the three
// inherited methods pdf_crabe calls: printRect, getExtrafieldsInHtml, getHeightForQRInvoice).
abstract class ModelePDFFactures
{
	public $error = '';
	public $errors = array();
	// CommonDocGenerator::printRect(): draw the 4 sides of the lines table (top hidden if $hidetop)
	public function printRect($pdf, $x, $y, $l, $h, $hidetop = 0, $hidebottom = 0)
	{
		if (empty($hidetop) || $hidetop == -1) {
			$pdf->line($x, $y, $x + $l, $y);
		}
		$pdf->line($x + $l, $y, $x + $l, $y + $h);
		if (empty($hidebottom)) {
			$pdf->line($x + $l, $y + $h, $x, $y + $h);
		}
		$pdf->line($x, $y + $h, $x, $y);
	}
	public function getExtrafieldsInHtml($object, $outputlangs, $params = array())
	{
		return '';	// no extrafields defined
	}
	public function getHeightForQRInvoice($pagenbr, $object, $langs)
	{
		return 0;	// no Swiss QR-bill configured
	}
}
