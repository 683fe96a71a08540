<?php
// realpdf-v18 STAND-IN for Dolibarr's FormBank::getIBANLabel() (label key of the IBAN line)
class FormBank
{
	public static function getIBANLabel($account)
	{
		return 'IBAN';
	}
}
