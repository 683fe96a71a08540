<?php
// realpdf-v18 STAND-IN for Dolibarr's Product class (only constants/fields used by pdf_crabe and pdf.lib)
class Product
{
	const TYPE_PRODUCT = 0;
	const TYPE_SERVICE = 1;
	public $ref = '';
	public $label = '';
	public function __construct($db)
	{
	}
	public function isService()
	{
		return true;
	}
}
