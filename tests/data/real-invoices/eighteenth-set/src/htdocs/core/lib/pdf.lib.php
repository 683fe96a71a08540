<?php
/* Copyright (C) 2006-2017	Laurent Destailleur 	<eldy@users.sourceforge.net>
 * Copyright (C) 2006		Rodolphe Quiedeville	<rodolphe@quiedeville.org>
 * Copyright (C) 2007		Patrick Raguin      	<patrick.raguin@gmail.com>
 * Copyright (C) 2010-2012	Regis Houssin       	<regis.houssin@inodbox.com>
 * Copyright (C) 2010-2017	Juanjo Menent       	<jmenent@2byte.es>
 * Copyright (C) 2012		Christophe Battarel		<christophe.battarel@altairis.fr>
 * Copyright (C) 2012       Cédric Salvador         <csalvador@gpcsolutions.fr>
 * Copyright (C) 2012-2015  Raphaël Doursenaud      <rdoursenaud@gpcsolutions.fr>
 * Copyright (C) 2014		Cedric GROSS			<c.gross@kreiz-it.fr>
 * Copyright (C) 2014		Teddy Andreotti			<125155@supinfo.com>
 * Copyright (C) 2015-2016  Marcos García           <marcosgdf@gmail.com>
 * Copyright (C) 2019       Lenin Rivas           	<lenin.rivas@servcom-it.com>
 * Copyright (C) 2020       Nicolas ZABOURI         <info@inovea-conseil.com>
 * Copyright (C) 2021-2022	Anthony Berton       	<anthony.berton@bb2a.fr>
 * Copyright (C) 2023-2024  Frédéric France         <frederic.france@free.fr>
 * Copyright (C) 2024		MDW							<mdeweerd@users.noreply.github.com>
 *
 * This program is free software; you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation; either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program. If not, see <https://www.gnu.org/licenses/>.
 * or see https://www.gnu.org/
 */

/*
 * realpdf-v18 NOTE: this file is an EXCERPT of Dolibarr's htdocs/core/lib/pdf.lib.php
 * (repository Dolibarr/dolibarr, stored version at commit 000f99892e297e77c985f27b975eff67fd1b82dc).
 * The functions below marked "verbatim" are copied unchanged. Two functions marked
 * "STAND-IN" are replaced by minimal versions because they need Dolibarr's database:
 * pdf_getFormat() (reads llx_c_paper_format; here: A4 210x297 mm, Dolibarr's own default)
 * and pdf_getLinkedObjects() (reads linked orders/proposals; here: none).
 */

// STAND-IN (original queries llx_c_paper_format, falls back to the same 210/297/mm defaults)
function pdf_getFormat($outputlangs = null, $mode = 'setup')
{
	return array('width' => 210, 'height' => 297, 'unit' => 'mm');
}

// verbatim except the PDF encryption branch (option off), omitted
function pdf_getInstance($format = '', $metric = 'mm', $pagetype = 'P')
{
	global $conf;

	// Define constant for TCPDF
	if (!defined('K_TCPDF_EXTERNAL_CONFIG')) {
		define('K_TCPDF_EXTERNAL_CONFIG', 1); // this avoid using tcpdf_config file
		define('K_PATH_CACHE', DOL_DATA_ROOT.'/admin/temp/');
		define('K_PATH_URL_CACHE', DOL_DATA_ROOT.'/admin/temp/');
		dol_mkdir(K_PATH_CACHE);
		define('K_BLANK_IMAGE', '_blank.png');
		define('PDF_PAGE_FORMAT', 'A4');
		define('PDF_PAGE_ORIENTATION', 'P');
		define('PDF_CREATOR', 'TCPDF');
		define('PDF_AUTHOR', 'TCPDF');
		define('PDF_HEADER_TITLE', 'TCPDF Example');
		define('PDF_HEADER_STRING', "by Dolibarr ERP CRM");
		define('PDF_UNIT', 'mm');
		define('PDF_MARGIN_HEADER', 5);
		define('PDF_MARGIN_FOOTER', 10);
		define('PDF_MARGIN_TOP', 27);
		define('PDF_MARGIN_BOTTOM', 25);
		define('PDF_MARGIN_LEFT', 15);
		define('PDF_MARGIN_RIGHT', 15);
		define('PDF_FONT_NAME_MAIN', 'helvetica');
		define('PDF_FONT_SIZE_MAIN', 10);
		define('PDF_FONT_NAME_DATA', 'helvetica');
		define('PDF_FONT_SIZE_DATA', 8);
		define('PDF_FONT_MONOSPACED', 'courier');
		define('PDF_IMAGE_SCALE_RATIO', 1.25);
		define('HEAD_MAGNIFICATION', 1.1);
		define('K_CELL_HEIGHT_RATIO', 1.25);
		define('K_TITLE_MAGNIFICATION', 1.3);
		define('K_SMALL_RATIO', 2 / 3);
		define('K_THAI_TOPCHARS', true);
		define('K_TCPDF_CALLS_IN_HTML', true);
		if (getDolGlobalString('TCPDF_THROW_ERRORS_INSTEAD_OF_DIE')) {
			define('K_TCPDF_THROW_EXCEPTION_ERROR', true);
		} else {
			define('K_TCPDF_THROW_EXCEPTION_ERROR', false);
		}
	}

	// Load TCPDF
	require_once TCPDF_PATH.'tcpdf.php';

	// We need to instantiate tcpdi object (instead of tcpdf) to use merging features. But we can disable it (this will break all merge features).
	if (!getDolGlobalString('MAIN_DISABLE_TCPDI')) {
		require_once TCPDI_PATH.'tcpdi.php';
	}

	//$arrayformat=pdf_getFormat();
	//$format=array($arrayformat['width'],$arrayformat['height']);
	//$metric=$arrayformat['unit'];

	$pdfa = false; // PDF-1.3
	if (getDolGlobalString('PDF_USE_A')) {
		$pdfa = getDolGlobalString('PDF_USE_A'); 	// PDF/A-1 ou PDF/A-3
	}

	if (!getDolGlobalString('MAIN_DISABLE_TCPDI') && class_exists('TCPDI')) {
		$pdf = new TCPDI($pagetype, $metric, $format, true, 'UTF-8', false, $pdfa);
	} else {
		$pdf = new TCPDF($pagetype, $metric, $format, true, 'UTF-8', false, $pdfa);
	}

	// Protection and encryption of pdf
	if (getDolGlobalString('PDF_SECURITY_ENCRYPTION')) {
		// (encryption branch not used in this test set; omitted in this excerpt)
	}

	return $pdf;
}

// verbatim
function pdf_getPDFFont($outputlangs)
{
	global $conf;

	if (getDolGlobalString('MAIN_PDF_FORCE_FONT')) {
		return $conf->global->MAIN_PDF_FORCE_FONT;
	}

	$font = 'Helvetica'; // By default, for FPDI, or ISO language on TCPDF
	if (class_exists('TCPDF')) {  // If TCPDF on, we can use an UTF8 one like DejaVuSans if required (slower)
		if ($outputlangs->trans('FONTFORPDF') != 'FONTFORPDF') {
			$font = $outputlangs->trans('FONTFORPDF');
		}
	}
	return $font;
}

// verbatim
function pdf_getPDFFontSize($outputlangs)
{
	global $conf;

	$size = 10; // By default, for FPDI or ISO language on TCPDF
	if (class_exists('TCPDF')) {  // If TCPDF on, we can use an UTF8 font like DejaVuSans if required (slower)
		if ($outputlangs->trans('FONTSIZEFORPDF') != 'FONTSIZEFORPDF') {
			$size = (int) $outputlangs->trans('FONTSIZEFORPDF');
		}
	}
	if (getDolGlobalString('MAIN_PDF_FORCE_FONT_SIZE')) {
		$size = getDolGlobalString('MAIN_PDF_FORCE_FONT_SIZE');
	}

	return $size;
}

// verbatim
function pdfBuildThirdpartyName($thirdparty, Translate $outputlangs, $includealias = 0)
{
	global $conf;

	// Recipient name
	$socname = '';

	if ($thirdparty instanceof Societe) {
		$socname = $thirdparty->name;
		if (($includealias || getDolGlobalInt('PDF_INCLUDE_ALIAS_IN_THIRDPARTY_NAME')) && !empty($thirdparty->name_alias)) {
			if (getDolGlobalInt('PDF_INCLUDE_ALIAS_IN_THIRDPARTY_NAME') == 2) {
				$socname = $thirdparty->name_alias." - ".$thirdparty->name;
			} else {
				$socname = $thirdparty->name." - ".$thirdparty->name_alias;
			}
		}
	} elseif ($thirdparty instanceof Contact) {
		if ($thirdparty->socid > 0) {
			$thirdparty->fetch_thirdparty();
			$socname = $thirdparty->thirdparty->name;
			if (($includealias || getDolGlobalInt('PDF_INCLUDE_ALIAS_IN_THIRDPARTY_NAME')) && !empty($thirdparty->thirdparty->name_alias)) {
				if (getDolGlobalInt('PDF_INCLUDE_ALIAS_IN_THIRDPARTY_NAME') == 2) {
					$socname = $thirdparty->thirdparty->name_alias." - ".$thirdparty->thirdparty->name;
				} else {
					$socname = $thirdparty->thirdparty->name." - ".$thirdparty->thirdparty->name_alias;
				}
			}
		}
	} else {
		throw new InvalidArgumentException('Parameter 1 $thirdparty is not a Societe nor Contact');
	}

	return $outputlangs->convToOutputCharset($socname);
}

// verbatim except the contact-address / target-details / target-profid branches, unused here and omitted
function pdf_build_address($outputlangs, $sourcecompany, $targetcompany = '', $targetcontact = '', $usecontact = 0, $mode = 'source', $object = null)
{
	global $hookmanager;

	if ($mode == 'source' && !is_object($sourcecompany)) {
		return -1;
	}
	if ($mode == 'target' && !is_object($targetcompany)) {
		return -1;
	}

	if (!empty($sourcecompany->state_id) && empty($sourcecompany->state)) {
		$sourcecompany->state = getState($sourcecompany->state_id);
	}
	if (!empty($targetcompany->state_id) && empty($targetcompany->state)) {
		$targetcompany->state = getState($targetcompany->state_id);
	}

	$reshook = 0;
	$stringaddress = '';
	if (is_object($hookmanager)) {
		$parameters = array('sourcecompany' => &$sourcecompany, 'targetcompany' => &$targetcompany, 'targetcontact' => &$targetcontact, 'outputlangs' => $outputlangs, 'mode' => $mode, 'usecontact' => $usecontact);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_build_address', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks
		$stringaddress .= $hookmanager->resPrint;
	}
	if (empty($reshook)) {
		if ($mode == 'source') {
			$withCountry = 0;
			if (isset($targetcompany->country_code) && !empty($sourcecompany->country_code) && ($targetcompany->country_code != $sourcecompany->country_code)) {
				$withCountry = 1;
			}

			$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->convToOutputCharset(dol_format_address($sourcecompany, $withCountry, "\n", $outputlangs))."\n";

			if (!getDolGlobalString('MAIN_PDF_DISABLESOURCEDETAILS')) {
				// Phone
				if ($sourcecompany->phone) {
					$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->transnoentities("PhoneShort").": ".$outputlangs->convToOutputCharset($sourcecompany->phone);
				}
				// Fax
				if ($sourcecompany->fax) {
					$stringaddress .= ($stringaddress ? ($sourcecompany->phone ? " - " : "\n") : '').$outputlangs->transnoentities("Fax").": ".$outputlangs->convToOutputCharset($sourcecompany->fax);
				}
				// EMail
				if ($sourcecompany->email) {
					$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->transnoentities("Email").": ".$outputlangs->convToOutputCharset($sourcecompany->email);
				}
				// Web
				if ($sourcecompany->url) {
					$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->transnoentities("Web").": ".$outputlangs->convToOutputCharset($sourcecompany->url);
				}
			}
			// Intra VAT
			if (getDolGlobalString('MAIN_TVAINTRA_IN_SOURCE_ADDRESS')) {
				if ($sourcecompany->tva_intra) {
					$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->transnoentities("VATIntraShort").': '.$outputlangs->convToOutputCharset($sourcecompany->tva_intra);
				}
			}
			// Professional Ids
			$reg = array();
			if (getDolGlobalString('MAIN_PROFID1_IN_SOURCE_ADDRESS') && !empty($sourcecompany->idprof1)) {
				$tmp = $outputlangs->transcountrynoentities("ProfId1", $sourcecompany->country_code);
				if (preg_match('/\((.+)\)/', $tmp, $reg)) {
					$tmp = $reg[1];
				}
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp.': '.$outputlangs->convToOutputCharset($sourcecompany->idprof1);
			}
			if (getDolGlobalString('MAIN_PROFID2_IN_SOURCE_ADDRESS') && !empty($sourcecompany->idprof2)) {
				$tmp = $outputlangs->transcountrynoentities("ProfId2", $sourcecompany->country_code);
				if (preg_match('/\((.+)\)/', $tmp, $reg)) {
					$tmp = $reg[1];
				}
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp.': '.$outputlangs->convToOutputCharset($sourcecompany->idprof2);
			}
			if (getDolGlobalString('MAIN_PROFID3_IN_SOURCE_ADDRESS') && !empty($sourcecompany->idprof3)) {
				$tmp = $outputlangs->transcountrynoentities("ProfId3", $sourcecompany->country_code);
				if (preg_match('/\((.+)\)/', $tmp, $reg)) {
					$tmp = $reg[1];
				}
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp.': '.$outputlangs->convToOutputCharset($sourcecompany->idprof3);
			}
			if (getDolGlobalString('MAIN_PROFID4_IN_SOURCE_ADDRESS') && !empty($sourcecompany->idprof4)) {
				$tmp = $outputlangs->transcountrynoentities("ProfId4", $sourcecompany->country_code);
				if (preg_match('/\((.+)\)/', $tmp, $reg)) {
					$tmp = $reg[1];
				}
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp.': '.$outputlangs->convToOutputCharset($sourcecompany->idprof4);
			}
			if (getDolGlobalString('MAIN_PROFID5_IN_SOURCE_ADDRESS') && !empty($sourcecompany->idprof5)) {
				$tmp = $outputlangs->transcountrynoentities("ProfId5", $sourcecompany->country_code);
				if (preg_match('/\((.+)\)/', $tmp, $reg)) {
					$tmp = $reg[1];
				}
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp.': '.$outputlangs->convToOutputCharset($sourcecompany->idprof5);
			}
			if (getDolGlobalString('MAIN_PROFID6_IN_SOURCE_ADDRESS') && !empty($sourcecompany->idprof6)) {
				$tmp = $outputlangs->transcountrynoentities("ProfId6", $sourcecompany->country_code);
				if (preg_match('/\((.+)\)/', $tmp, $reg)) {
					$tmp = $reg[1];
				}
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp.': '.$outputlangs->convToOutputCharset($sourcecompany->idprof6);
			}
			if (getDolGlobalString('PDF_ADD_MORE_AFTER_SOURCE_ADDRESS')) {
				$stringaddress .= ($stringaddress ? "\n" : '') . getDolGlobalString('PDF_ADD_MORE_AFTER_SOURCE_ADDRESS');
			}
		}

		if ($mode == 'target' || preg_match('/targetwithdetails/', $mode)) {
			if ($usecontact) {
				// (contact branch not used in this test set; omitted in this excerpt)
			} else {
				if (is_object($targetcompany)) {
					$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->convToOutputCharset(dol_format_address($targetcompany));
					// Country
					if (!empty($targetcompany->country_code) && $targetcompany->country_code != $sourcecompany->country_code) {
						$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->convToOutputCharset($outputlangs->transnoentitiesnoconv("Country".$targetcompany->country_code));
					} else {
						$stringaddress .= ($stringaddress ? "\n" : '');
					}

					if (getDolGlobalString('MAIN_PDF_ADDALSOTARGETDETAILS') || preg_match('/targetwithdetails/', $mode)) {
						// (target details branch not used in this test set; omitted in this excerpt)
					}
				}
			}

			// Intra VAT
			if (!getDolGlobalString('MAIN_TVAINTRA_NOT_IN_ADDRESS')) {
				if ($usecontact && is_object($targetcontact) && getDolGlobalInt('MAIN_USE_COMPANY_NAME_OF_CONTACT')) {
					$targetcontact->fetch_thirdparty();
					if (!empty($targetcontact->thirdparty->id) && $targetcontact->thirdparty->tva_intra) {
						$stringaddress .= ($stringaddress ? "\n" : '') . $outputlangs->transnoentities("VATIntraShort") . ': ' . $outputlangs->convToOutputCharset($targetcontact->thirdparty->tva_intra);
					}
				} elseif (!empty($targetcompany->tva_intra)) {
					$stringaddress .= ($stringaddress ? "\n" : '').$outputlangs->transnoentities("VATIntraShort").': '.$outputlangs->convToOutputCharset($targetcompany->tva_intra);
				}
			}

			// Legal form
			if (getDolGlobalString('MAIN_LEGALFORM_IN_ADDRESS') && !empty($targetcompany->forme_juridique_code)) {
				$tmp = getFormeJuridiqueLabel($targetcompany->forme_juridique_code);
				$stringaddress .= ($stringaddress ? "\n" : '').$tmp;
			}

			// Professional Ids (MAIN_PROFIDx_IN_ADDRESS options not used in this test set; omitted in this excerpt)

			// Public note
			if (getDolGlobalString('MAIN_PUBLIC_NOTE_IN_ADDRESS')) {
				if ($mode == 'source' && !empty($sourcecompany->note_public)) {
					$stringaddress .= ($stringaddress ? "\n" : '').dol_string_nohtmltag($sourcecompany->note_public);
				}
				if (($mode == 'target' || preg_match('/targetwithdetails/', $mode)) && !empty($targetcompany->note_public)) {
					$stringaddress .= ($stringaddress ? "\n" : '').dol_string_nohtmltag($targetcompany->note_public);
				}
			}
		}
	}

	return $stringaddress;
}

// verbatim
function pdf_pagehead(&$pdf, $outputlangs, $page_height)
{
	global $conf;

	// Add a background image on document only if good setup of const
	if (getDolGlobalString('MAIN_USE_BACKGROUND_ON_PDF') && (getDolGlobalString('MAIN_USE_BACKGROUND_ON_PDF') != '-1')) {		// Warning, this option make TCPDF generation being crazy and some content disappeared behind the image
		$filepath = $conf->mycompany->dir_output.'/logos/' . getDolGlobalString('MAIN_USE_BACKGROUND_ON_PDF');
		if (file_exists($filepath)) {
			$pdf->SetAutoPageBreak(0, 0); // Disable auto pagebreak before adding image
			if (getDolGlobalString('MAIN_USE_BACKGROUND_ON_PDF_ALPHA')) {
				$pdf->SetAlpha($conf->global->MAIN_USE_BACKGROUND_ON_PDF_ALPHA);
			} // Option for change opacity of background
			$pdf->Image($filepath, (isset($conf->global->MAIN_USE_BACKGROUND_ON_PDF_X) ? $conf->global->MAIN_USE_BACKGROUND_ON_PDF_X : 0), (isset($conf->global->MAIN_USE_BACKGROUND_ON_PDF_Y) ? $conf->global->MAIN_USE_BACKGROUND_ON_PDF_Y : 0), 0, $page_height);
			if (getDolGlobalString('MAIN_USE_BACKGROUND_ON_PDF_ALPHA')) {
				$pdf->SetAlpha(1);
			}
			$pdf->SetPageMark(); // This option avoid to have the images missing on some pages
			$pdf->SetAutoPageBreak(1, 0); // Restore pagebreak
		}
	}
	if (getDolGlobalString('MAIN_ADD_PDF_BACKGROUND') && getDolGlobalString('MAIN_ADD_PDF_BACKGROUND') != '-1') {
		$pdf->SetPageMark(); // This option avoid to have the images missing on some pages
	}
}

// verbatim
function pdf_bank(&$pdf, $outputlangs, $curx, $cury, $account, $onlynumber = 0, $default_font_size = 10)
{
	global $mysoc, $conf;

	require_once DOL_DOCUMENT_ROOT.'/core/class/html.formbank.class.php';

	$diffsizetitle = getDolGlobalInt('PDF_DIFFSIZE_TITLE', 3);
	$diffsizecontent = getDolGlobalInt('PDF_DIFFSIZE_CONTENT', 4);
	$pdf->SetXY($curx, $cury);

	if (empty($onlynumber)) {
		$pdf->SetFont('', 'B', $default_font_size - $diffsizetitle);
		$pdf->MultiCell(100, 3, $outputlangs->transnoentities('PaymentByTransferOnThisBankAccount').':', 0, 'L', 0);
		$cury += 4;
	}

	$outputlangs->load("banks");

	// Use correct name of bank id according to country
	$bickey = "BICNumber";
	if ($account->getCountryCode() == 'IN') {
		$bickey = "SWIFT";
	}

	// Get format of bank account according to its country
	$usedetailedbban = $account->useDetailedBBAN();

	//$onlynumber=0; $usedetailedbban=1; // For tests
	if ($usedetailedbban) {
		$savcurx = $curx;

		if (empty($onlynumber)) {
			$pdf->SetFont('', '', $default_font_size - $diffsizecontent);
			$pdf->SetXY($curx, $cury);
			$pdf->MultiCell(100, 3, $outputlangs->transnoentities("Bank").': '.$outputlangs->convToOutputCharset($account->bank), 0, 'L', 0);
			$cury += 3;
		}

		if (!getDolGlobalString('PDF_BANK_HIDE_NUMBER_SHOW_ONLY_BICIBAN')) {    // Note that some countries still need bank number, BIC/IBAN not enough for them
			// Note:
			// bank = code_banque (FR), sort code (GB, IR. Example: 12-34-56)
			// desk = code guichet (FR), used only when $usedetailedbban = 1
			// number = account number
			// key = check control key used only when $usedetailedbban = 1
			if (empty($onlynumber)) {
				$pdf->line($curx + 1, $cury + 1, $curx + 1, $cury + 6);
			}


			foreach ($account->getFieldsToShow() as $val) {
				$pdf->SetXY($curx, $cury + 4);
				$pdf->SetFont('', '', $default_font_size - 3);

				if ($val == 'BankCode') {
					// Bank code
					$tmplength = 18;
					$content = $account->code_banque;
				} elseif ($val == 'DeskCode') {
					// Desk
					$tmplength = 18;
					$content = $account->code_guichet;
				} elseif ($val == 'BankAccountNumber') {
					// Number
					$tmplength = 24;
					$content = $account->number;
				} elseif ($val == 'BankAccountNumberKey') {
					// Key
					$tmplength = 15;
					$content = $account->cle_rib;
				} elseif ($val == 'IBAN' || $val == 'BIC') {
					// Key
					$tmplength = 0;
					$content = '';
				} else {
					dol_print_error($account->db, 'Unexpected value for getFieldsToShow: '.$val);
					break;
				}

				$pdf->MultiCell($tmplength, 3, $outputlangs->convToOutputCharset($content), 0, 'C', 0);
				$pdf->SetXY($curx, $cury + 1);
				$curx += $tmplength;
				$pdf->SetFont('', 'B', $default_font_size - $diffsizecontent);
				$pdf->MultiCell($tmplength, 3, $outputlangs->transnoentities($val), 0, 'C', 0);
				if (empty($onlynumber)) {
					$pdf->line($curx, $cury + 1, $curx, $cury + 7);
				}
			}

			$curx = $savcurx;
			$cury += 8;
		}
	} elseif (!empty($account->number)) {
		$pdf->SetFont('', 'B', $default_font_size - $diffsizecontent);
		$pdf->SetXY($curx, $cury);
		$pdf->MultiCell(100, 3, $outputlangs->transnoentities("Bank").': '.$outputlangs->convToOutputCharset($account->bank), 0, 'L', 0);
		$cury += 3;

		$pdf->SetFont('', 'B', $default_font_size - $diffsizecontent);
		$pdf->SetXY($curx, $cury);
		$pdf->MultiCell(100, 3, $outputlangs->transnoentities("BankAccountNumber").': '.$outputlangs->convToOutputCharset($account->number), 0, 'L', 0);
		$cury += 3;

		if ($diffsizecontent <= 2) {
			$cury += 1;
		}
	}

	$pdf->SetFont('', '', $default_font_size - $diffsizecontent);

	if (empty($onlynumber) && (!empty($account->domiciliation) || !empty($account->address))) {
		$pdf->SetXY($curx, $cury);
		$val = $outputlangs->transnoentities("Residence").': '.$outputlangs->convToOutputCharset(empty($account->address) ? $account->domiciliation : $account->address);
		$pdf->MultiCell(100, 3, $val, 0, 'L', 0);
		//$nboflines=dol_nboflines_bis($val,120);
		//$cury+=($nboflines*3)+2;
		$tmpy = $pdf->getStringHeight(100, $val);
		$cury += $tmpy;
	}

	if (!empty($account->owner_name)) {
		$pdf->SetXY($curx, $cury);
		$val = $outputlangs->transnoentities("BankAccountOwner").': '.$outputlangs->convToOutputCharset($account->owner_name);
		$pdf->MultiCell(100, 3, $val, 0, 'L', 0);
		$tmpy = $pdf->getStringHeight(100, $val);
		$cury += $tmpy;
	} elseif (!$usedetailedbban) {
		$cury += 1;
	}

	// Use correct name of bank id according to country
	$ibankey = FormBank::getIBANLabel($account);

	if (!empty($account->iban)) {
		//Remove whitespaces to ensure we are dealing with the format we expect
		$ibanDisplay_temp = str_replace(' ', '', $outputlangs->convToOutputCharset($account->iban));
		$ibanDisplay = "";

		$nbIbanDisplay_temp = dol_strlen($ibanDisplay_temp);
		for ($i = 0; $i < $nbIbanDisplay_temp; $i++) {
			$ibanDisplay .= $ibanDisplay_temp[$i];
			if ($i % 4 == 3 && $i > 0) {
				$ibanDisplay .= " ";
			}
		}

		$pdf->SetFont('', 'B', $default_font_size - 3);
		$pdf->SetXY($curx, $cury);
		$pdf->MultiCell(100, 3, $outputlangs->transnoentities($ibankey).': '.$ibanDisplay, 0, 'L', 0);
		$cury += 3;
	}

	if (!empty($account->bic)) {
		$pdf->SetFont('', 'B', $default_font_size - 3);
		$pdf->SetXY($curx, $cury);
		$pdf->MultiCell(100, 3, $outputlangs->transnoentities($bickey).': '.$outputlangs->convToOutputCharset($account->bic), 0, 'L', 0);
	}

	return $pdf->getY();
}

// verbatim except: the custom-footer-by-hook branch is omitted (no hook module here), so the
// default-footer code that Dolibarr runs in the else-branch is run directly
function pdf_pagefoot(&$pdf, $outputlangs, $paramfreetext, $fromcompany, $marge_basse, $marge_gauche, $page_hauteur, $object, $showdetails = 0, $hidefreetext = 0, $page_largeur = 0, $watermark = '')
{
	global $conf, $hookmanager;

	$outputlangs->load("dict");
	$line = '';
	$reg = array();
	$marginwithfooter = 0;  // Return value

	$dims = $pdf->getPageDimensions();

	// Line of free text
	if (empty($hidefreetext) && !empty($conf->global->$paramfreetext)) {
		$substitutionarray = pdf_getSubstitutionArray($outputlangs, null, $object);
		// More substitution keys
		$substitutionarray['__FROM_NAME__'] = $fromcompany->name;
		$substitutionarray['__FROM_EMAIL__'] = $fromcompany->email;
		complete_substitutions_array($substitutionarray, $outputlangs, $object);
		$newfreetext = make_substitutions(getDolGlobalString($paramfreetext), $substitutionarray, $outputlangs);

		// Make a change into HTML code to allow to include images from medias directory.
		// <img alt="" src="/dolibarr_dev/htdocs/viewimage.php?modulepart=medias&amp;entity=1&amp;file=image/ldestailleur_166x166.jpg" style="height:166px; width:166px" />
		// become
		// <img alt="" src="'.DOL_DATA_ROOT.'/medias/image/ldestailleur_166x166.jpg" style="height:166px; width:166px" />
		$newfreetext = preg_replace('/(<img.*src=")[^\"]*viewimage\.php[^\"]*modulepart=medias[^\"]*file=([^\"]*)("[^\/]*\/>)/', '\1file:/'.DOL_DATA_ROOT.'/medias/\2\3', $newfreetext);

		$line .= $outputlangs->convToOutputCharset($newfreetext);
	}

	// First line of company infos
	$line1 = "";
	$line2 = "";
	$line3 = "";
	$line4 = "";

	if ($showdetails == 1 || $showdetails == 3) {
		// Company name
		if ($fromcompany->name) {
			$line1 .= ($line1 ? " - " : "").$outputlangs->transnoentities("RegisteredOffice").": ".$fromcompany->name;
		}
		// Address
		if ($fromcompany->address) {
			$line1 .= ($line1 ? " - " : "").str_replace("\n", ", ", $fromcompany->address);
		}
		// Zip code
		if ($fromcompany->zip) {
			$line1 .= ($line1 ? " - " : "").$fromcompany->zip;
		}
		// Town
		if ($fromcompany->town) {
			$line1 .= ($line1 ? " " : "").$fromcompany->town;
		}
		// Country
		if ($fromcompany->country) {
			$line1 .= ($line1 ? ", " : "").$fromcompany->country;
		}
		// Phone
		if ($fromcompany->phone) {
			$line2 .= ($line2 ? " - " : "").$outputlangs->transnoentities("Phone").": ".$fromcompany->phone;
		}
		// Fax
		if ($fromcompany->fax) {
			$line2 .= ($line2 ? " - " : "").$outputlangs->transnoentities("Fax").": ".$fromcompany->fax;
		}

		// URL
		if ($fromcompany->url) {
			$line2 .= ($line2 ? " - " : "").$fromcompany->url;
		}
		// Email
		if ($fromcompany->email) {
			$line2 .= ($line2 ? " - " : "").$fromcompany->email;
		}
	}
	if ($showdetails == 2 || $showdetails == 3 || (!empty($fromcompany->country_code) && $fromcompany->country_code == 'DE')) {
		// Managers
		if ($fromcompany->managers) {
			$line2 .= ($line2 ? " - " : "").$fromcompany->managers;
		}
	}

	// Line 3 of company infos
	// Juridical status
	if (!empty($fromcompany->forme_juridique_code) && $fromcompany->forme_juridique_code) {
		$line3 .= ($line3 ? " - " : "").$outputlangs->convToOutputCharset(getFormeJuridiqueLabel($fromcompany->forme_juridique_code));
	}
	// Capital
	if (!empty($fromcompany->capital)) {
		$tmpamounttoshow = price2num($fromcompany->capital); // This field is a free string or a float
		if (is_numeric($tmpamounttoshow) && $tmpamounttoshow > 0) {
			$line3 .= ($line3 ? " - " : "").$outputlangs->transnoentities("CapitalOf", price($tmpamounttoshow, 0, $outputlangs, 0, 0, 0, $conf->currency));
		} elseif (!empty($fromcompany->capital)) {
			$line3 .= ($line3 ? " - " : "").$outputlangs->transnoentities("CapitalOf", $fromcompany->capital, $outputlangs);
		}
	}
	// Prof Id 1
	if (!empty($fromcompany->idprof1) && $fromcompany->idprof1 && ($fromcompany->country_code != 'FR' || !$fromcompany->idprof2)) {
		$field = $outputlangs->transcountrynoentities("ProfId1", $fromcompany->country_code);
		if (preg_match('/\((.*)\)/i', $field, $reg)) {
			$field = $reg[1];
		}
		$line3 .= ($line3 ? " - " : "").$field.": ".$outputlangs->convToOutputCharset($fromcompany->idprof1);
	}
	// Prof Id 2
	if (!empty($fromcompany->idprof2) && $fromcompany->idprof2) {
		$field = $outputlangs->transcountrynoentities("ProfId2", $fromcompany->country_code);
		if (preg_match('/\((.*)\)/i', $field, $reg)) {
			$field = $reg[1];
		}
		$line3 .= ($line3 ? " - " : "").$field.": ".$outputlangs->convToOutputCharset($fromcompany->idprof2);
	}

	// Line 4 of company infos
	// Prof Id 3
	if (!empty($fromcompany->idprof3) && $fromcompany->idprof3) {
		$field = $outputlangs->transcountrynoentities("ProfId3", $fromcompany->country_code);
		if (preg_match('/\((.*)\)/i', $field, $reg)) {
			$field = $reg[1];
		}
		$line4 .= ($line4 ? " - " : "").$field.": ".$outputlangs->convToOutputCharset($fromcompany->idprof3);
	}
	// Prof Id 4
	if (!empty($fromcompany->idprof4) && $fromcompany->idprof4) {
		$field = $outputlangs->transcountrynoentities("ProfId4", $fromcompany->country_code);
		if (preg_match('/\((.*)\)/i', $field, $reg)) {
			$field = $reg[1];
		}
		$line4 .= ($line4 ? " - " : "").$field.": ".$outputlangs->convToOutputCharset($fromcompany->idprof4);
	}
	// Prof Id 5
	if (!empty($fromcompany->idprof5) && $fromcompany->idprof5) {
		$field = $outputlangs->transcountrynoentities("ProfId5", $fromcompany->country_code);
		if (preg_match('/\((.*)\)/i', $field, $reg)) {
			$field = $reg[1];
		}
		$line4 .= ($line4 ? " - " : "").$field.": ".$outputlangs->convToOutputCharset($fromcompany->idprof5);
	}
	// Prof Id 6
	if (!empty($fromcompany->idprof6) && $fromcompany->idprof6) {
		$field = $outputlangs->transcountrynoentities("ProfId6", $fromcompany->country_code);
		if (preg_match('/\((.*)\)/i', $field, $reg)) {
			$field = $reg[1];
		}
		$line4 .= ($line4 ? " - " : "").$field.": ".$outputlangs->convToOutputCharset($fromcompany->idprof6);
	}
	// (Prof Id 7 to 10: same pattern, not used in this test set; omitted in this excerpt)
	// IntraCommunautary VAT
	if (!empty($fromcompany->tva_intra)  && $fromcompany->tva_intra != '') {
		$line4 .= ($line4 ? " - " : "").$outputlangs->transnoentities("VATIntraShort").": ".$outputlangs->convToOutputCharset($fromcompany->tva_intra);
	}

	$pdf->SetFont('', '', 7);
	$pdf->SetDrawColor(224, 224, 224);
	// Option for footer text color
	if (getDolGlobalString('PDF_FOOTER_TEXT_COLOR')) {
		list($r, $g, $b) = sscanf($conf->global->PDF_FOOTER_TEXT_COLOR, '%d, %d, %d');
		$pdf->SetTextColor($r, $g, $b);
	}

	// The start of the bottom of this page footer is positioned according to # of lines
	$freetextheight = 0;
	if ($line) {	// Free text
		//$line="sample text<br>\nfd<strong>sf</strong>sdf<br>\nghfghg<br>";
		if (!getDolGlobalString('PDF_ALLOW_HTML_FOR_FREE_TEXT')) {
			$width = 20000;
			$align = 'L'; // By default, ask a manual break: We use a large value 20000, to not have automatic wrap. This make user understand, he need to add CR on its text.
			if (getDolGlobalString('MAIN_USE_AUTOWRAP_ON_FREETEXT')) {
				$width = 200;
				$align = 'C';
			}
			$freetextheight = $pdf->getStringHeight($width, $line);
		} else {
			$freetextheight = pdfGetHeightForHtmlContent($pdf, dol_htmlentitiesbr($line, 1, 'UTF-8', 0)); // New method (works for HTML content)
			//print '<br>'.$freetextheight;exit;
		}
	}

	// For customize footer
	if (is_object($hookmanager)) {
		$parameters = array('line1' => $line1, 'line2' => $line2, 'line3' => $line3, 'line4' => $line4, 'outputlangs' => $outputlangs);
		$action = '';
		$hookmanager->executeHooks('pdf_pagefoot', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks
		if (!empty($hookmanager->resPrint) && $hidefreetext == 0) {
			// (custom-footer-by-hook branch not used in this test set; omitted in this excerpt)
		}
	}
	{
		{
			// Else default footer
			$marginwithfooter = $marge_basse + $freetextheight + (!empty($line1) ? 3 : 0) + (!empty($line2) ? 3 : 0) + (!empty($line3) ? 3 : 0) + (!empty($line4) ? 3 : 0);
			$posy = (float) $marginwithfooter;

			// Option for footer background color (without freetext zone)
			if (getDolGlobalString('PDF_FOOTER_BACKGROUND_COLOR')) {
				list($r, $g, $b) = sscanf($conf->global->PDF_FOOTER_BACKGROUND_COLOR, '%d, %d, %d');
				$pdf->SetAutoPageBreak(0, 0); // Disable auto pagebreak
				$pdf->Rect(0, $dims['hk'] - $posy + $freetextheight, $dims['wk'] + 1, $marginwithfooter + 1, 'F', '', $fill_color = array($r, $g, $b));
				$pdf->SetAutoPageBreak(1, 0); // Restore pagebreak
			}

			if (getDolGlobalInt('PDF_FREETEXT_DISABLE_PAGEBREAK') === 1) {
				$pdf->SetAutoPageBreak(0, 0);
			} // Option for disable auto pagebreak
			if ($line) {	// Free text
				$pdf->SetXY($dims['lm'], -$posy);
				if (!getDolGlobalString('PDF_ALLOW_HTML_FOR_FREE_TEXT')) {   // by default
					$pdf->MultiCell(0, 3, $line, 0, $align, 0);
				} else {
					$pdf->writeHTMLCell($dims['wk'] - $dims['lm'] - $dims['rm'], $freetextheight, $dims['lm'], $dims['hk'] - $marginwithfooter, dol_htmlentitiesbr($line, 1, 'UTF-8', 0));
				}
				$posy -= $freetextheight;
			}
			if (getDolGlobalInt('PDF_FREETEXT_DISABLE_PAGEBREAK') === 1) {
				$pdf->SetAutoPageBreak(1, 0);
			} // Restore pagebreak

			$pdf->SetY(-$posy);

			// Option for hide all footer (page number will no hidden)
			if (!getDolGlobalInt('PDF_FOOTER_HIDDEN')) {
				// Hide footer line if footer background color is set
				if (!getDolGlobalString('PDF_FOOTER_BACKGROUND_COLOR')) {
					$pdf->line($dims['lm'], $dims['hk'] - $posy, $dims['wk'] - $dims['rm'], $dims['hk'] - $posy);
				}

				// Option for set top margin height of footer after freetext
				if (getDolGlobalString('PDF_FOOTER_TOP_MARGIN') || getDolGlobalInt('PDF_FOOTER_TOP_MARGIN') === 0) {
					$posy -= (float) getDolGlobalString('PDF_FOOTER_TOP_MARGIN');
				} else {
					$posy--;
				}

				if (!empty($line1)) {
					$pdf->SetFont('', 'B', 7);
					$pdf->SetXY($dims['lm'], -$posy);
					$pdf->MultiCell($dims['wk'] - $dims['rm'] - $dims['lm'], 2, $line1, 0, 'C', 0);
					$posy -= 3;
					$pdf->SetFont('', '', 7);
				}

				if (!empty($line2)) {
					$pdf->SetFont('', 'B', 7);
					$pdf->SetXY($dims['lm'], -$posy);
					$pdf->MultiCell($dims['wk'] - $dims['rm'] - $dims['lm'], 2, $line2, 0, 'C', 0);
					$posy -= 3;
					$pdf->SetFont('', '', 7);
				}

				if (!empty($line3)) {
					$pdf->SetXY($dims['lm'], -$posy);
					$pdf->MultiCell($dims['wk'] - $dims['rm'] - $dims['lm'], 2, $line3, 0, 'C', 0);
				}

				if (!empty($line4)) {
					$posy -= 3;
					$pdf->SetXY($dims['lm'], -$posy);
					$pdf->MultiCell($dims['wk'] - $dims['rm'] - $dims['lm'], 2, $line4, 0, 'C', 0);
				}
			}
		}
	}

	// Show page nb and apply correction for some font.
	$pdf->SetXY($dims['wk'] - $dims['rm'] - 18 - getDolGlobalInt('PDF_FOOTER_PAGE_NUMBER_X', 0), -$posy - getDolGlobalInt('PDF_FOOTER_PAGE_NUMBER_Y', 0));

	$pagination = $pdf->PageNo().' / '.$pdf->getAliasNbPages();
	$fontRenderCorrection = 0;
	if (in_array(pdf_getPDFFont($outputlangs), array('freemono',  'DejaVuSans'))) {
		$fontRenderCorrection = 10;
	}
	$pdf->MultiCell(18 + $fontRenderCorrection, 2, $pagination, 0, 'R', 0);

	//  Show Draft Watermark
	if (!empty($watermark)) {
		pdf_watermark($pdf, $outputlangs, $page_hauteur, $page_largeur, 'mm', $watermark);
	}

	return $marginwithfooter;
}

// verbatim
function pdf_writeLinkedObjects(&$pdf, $object, $outputlangs, $posx, $posy, $w, $h, $align, $default_font_size)
{
	$linkedobjects = pdf_getLinkedObjects($object, $outputlangs);
	if (!empty($linkedobjects)) {
		foreach ($linkedobjects as $linkedobject) {
			$reftoshow = $linkedobject["ref_title"].' : '.$linkedobject["ref_value"];
			if (!empty($linkedobject["date_value"])) {
				$reftoshow .= ' / '.$linkedobject["date_value"];
			}

			$posy += 3;
			$pdf->SetXY($posx, $posy);
			$pdf->SetFont('', '', $default_font_size - 2);
			$pdf->MultiCell($w, $h, $reftoshow, '', $align);
		}
	}

	return $pdf->getY();
}

// STAND-IN (original reads linked objects from the database; none are linked here)
function pdf_getLinkedObjects(&$object, $outputlangs)
{
	return array();
}

// verbatim
function pdf_writelinedesc(&$pdf, $object, $i, $outputlangs, $w, $h, $posx, $posy, $hideref = 0, $hidedesc = 0, $issupplierline = 0, $align = 'J')
{
	global $db, $conf, $langs, $hookmanager;

	$reshook = 0;
	$result = '';
	//if (is_object($hookmanager) && ( (isset($object->lines[$i]->product_type) && $object->lines[$i]->product_type == 9 && !empty($object->lines[$i]->special_code)) || !empty($object->lines[$i]->fk_parent_line) ) )
	if (is_object($hookmanager)) {   // Old code is commented on preceding line. Reproduct this test in the pdf_xxx function if you don't want your hook to run
		$special_code = empty($object->lines[$i]->special_code) ? '' : $object->lines[$i]->special_code;
		if (!empty($object->lines[$i]->fk_parent_line) && $object->lines[$i]->fk_parent_line > 0) {
			$special_code = $object->getSpecialCode($object->lines[$i]->fk_parent_line);
		}
		$parameters = array('pdf' => $pdf, 'i' => $i, 'outputlangs' => $outputlangs, 'w' => $w, 'h' => $h, 'posx' => $posx, 'posy' => $posy, 'hideref' => $hideref, 'hidedesc' => $hidedesc, 'issupplierline' => $issupplierline, 'special_code' => $special_code);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_writelinedesc', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks

		if (!empty($hookmanager->resPrint)) {
			$result .= $hookmanager->resPrint;
		}
	}
	if (empty($reshook)) {
		$labelproductservice = pdf_getlinedesc($object, $i, $outputlangs, $hideref, $hidedesc, $issupplierline);
		$labelproductservice = preg_replace('/(<img[^>]*src=")[^\"]*viewimage\.php[^\"]*modulepart=medias[^\"]*file=([^\"]*)/', '\1file:/'.DOL_DATA_ROOT.'/medias/\2\3', $labelproductservice, -1, $nbrep);

		//var_dump($labelproductservice);exit;

		// Fix bug of some HTML editors that replace links <img src="http://localhostgit/viewimage.php?modulepart=medias&file=image/efd.png" into <img src="http://localhostgit/viewimage.php?modulepart=medias&amp;file=image/efd.png"
		// We make the reverse, so PDF generation has the real URL.
		$nbrep = 0;
		$labelproductservice = preg_replace('/(<img[^>]*src=")([^"]*)(&amp;)([^"]*")/', '\1\2&\4', $labelproductservice, -1, $nbrep);

		if (getDolGlobalString('MARGIN_TOP_ZERO_UL')) {
			$pdf->setListIndentWidth(5);
			$TMarginList = ['ul' => [['h'=>0.1, ],['h'=>0.1, ]], 'li' => [['h'=>0.1, ],],];
			$pdf->setHtmlVSpace($TMarginList);
		}

		// Description
		$pdf->writeHTMLCell($w, $h, $posx, $posy, $outputlangs->convToOutputCharset($labelproductservice), 0, 1, false, true, $align, true);
		$result .= $labelproductservice;
	}
	return $result;
}

// verbatim except the branches for predefined products / subproducts / barcodes / lots, which need
// the database and are not used in this test set (free-text lines only)
function pdf_getlinedesc($object, $i, $outputlangs, $hideref = 0, $hidedesc = 0, $issupplierline = 0)
{
	global $db, $conf, $langs;

	$idprod = (!empty($object->lines[$i]->fk_product) ? $object->lines[$i]->fk_product : false);
	$label = (!empty($object->lines[$i]->label) ? $object->lines[$i]->label : (!empty($object->lines[$i]->product_label) ? $object->lines[$i]->product_label : ''));
	$product_barcode = (!empty($object->lines[$i]->product_barcode) ? $object->lines[$i]->product_barcode : "");
	$desc = (!empty($object->lines[$i]->desc) ? $object->lines[$i]->desc : (!empty($object->lines[$i]->description) ? $object->lines[$i]->description : ''));
	$ref_supplier = (!empty($object->lines[$i]->ref_supplier) ? $object->lines[$i]->ref_supplier : (!empty($object->lines[$i]->ref_fourn) ? $object->lines[$i]->ref_fourn : '')); // TODO Not yet saved for supplier invoices, only supplier orders
	$note = (!empty($object->lines[$i]->note) ? $object->lines[$i]->note : '');
	$dbatch = (!empty($object->lines[$i]->detail_batch) ? $object->lines[$i]->detail_batch : false);

	if ($issupplierline) {
		include_once DOL_DOCUMENT_ROOT.'/fourn/class/fournisseur.product.class.php';
		$prodser = new ProductFournisseur($db);
	} else {
		include_once DOL_DOCUMENT_ROOT.'/product/class/product.class.php';
		$prodser = new Product($db);
	}

	if ($idprod) {
		// (predefined product branch omitted in this excerpt)
	} elseif (($object->element == 'facture' || $object->element == 'facturefourn') && preg_match('/^\(DEPOSIT\).+/', $desc)) { // We must not replace '(DEPOSIT)' when it is alone, it will be translated and detailed later
		$desc = str_replace('(DEPOSIT)', $outputlangs->trans('Deposit'), $desc);
	}

	if (!getDolGlobalString('PDF_HIDE_PRODUCT_LABEL_IN_SUPPLIER_LINES')) {
		// Description short of product line
		$libelleproduitservice = $label;
		if (!empty($libelleproduitservice) && getDolGlobalString('PDF_BOLD_PRODUCT_LABEL')) {
			// Adding <b> may convert the original string into a HTML string. So we have to first
			// convert \n into <br> we text is not already HTML.
			if (!dol_textishtml($libelleproduitservice)) {
				$libelleproduitservice = str_replace("\n", '<br>', $libelleproduitservice);
			}
			$libelleproduitservice = '<b>'.$libelleproduitservice.'</b>';
		}
	}

	// Description long of product line
	if (!empty($desc) && ($desc != $label)) {
		if ($desc == '(CREDIT_NOTE)' && $object->lines[$i]->fk_remise_except) {
			// (discount branches omitted in this excerpt)
		} else {
			if ($idprod) {
				// (predefined product branch omitted in this excerpt)
			} else {
				$libelleproduitservice = dol_concatdesc($libelleproduitservice, $desc);
			}
		}
	}

	// We add ref of product (and supplier ref if defined)
	$prefix_prodserv = "";
	$ref_prodserv = "";
	if (getDolGlobalString('PRODUCT_ADD_TYPE_IN_DOCUMENTS')) {   // In standard mode, we do not show this
		if ($prodser->isService()) {
			$prefix_prodserv = $outputlangs->transnoentitiesnoconv("Service")." ";
		} else {
			$prefix_prodserv = $outputlangs->transnoentitiesnoconv("Product")." ";
		}
	}

	if (empty($hideref)) {
		if ($issupplierline) {
			// (supplier branch omitted in this excerpt)
		} else {
			$ref_prodserv = $prodser->ref; // Show local ref only
		}

		if (!empty($libelleproduitservice) && !empty($ref_prodserv)) {
			$ref_prodserv .= " - ";
		}
	}

	if (!empty($ref_prodserv) && getDolGlobalString('PDF_BOLD_PRODUCT_REF_AND_PERIOD')) {
		if (!dol_textishtml($libelleproduitservice)) {
			$libelleproduitservice = str_replace("\n", '<br>', $libelleproduitservice);
		}
		$ref_prodserv = '<b>'.$ref_prodserv.'</b>';
		// $prefix_prodserv and $ref_prodser are not HTML var
	}
	$libelleproduitservice = $prefix_prodserv.$ref_prodserv.$libelleproduitservice;

	if (!empty($object->lines[$i]->date_start) || !empty($object->lines[$i]->date_end)) {
		$format = 'day';
		$period = '';
		// Show duration if exists
		if ($object->lines[$i]->date_start && $object->lines[$i]->date_end) {
			$period = '('.$outputlangs->transnoentitiesnoconv('DateFromTo', dol_print_date($object->lines[$i]->date_start, $format, false, $outputlangs), dol_print_date($object->lines[$i]->date_end, $format, false, $outputlangs)).')';
		}
		if ($object->lines[$i]->date_start && !$object->lines[$i]->date_end) {
			$period = '('.$outputlangs->transnoentitiesnoconv('DateFrom', dol_print_date($object->lines[$i]->date_start, $format, false, $outputlangs)).')';
		}
		if (!$object->lines[$i]->date_start && $object->lines[$i]->date_end) {
			$period = '('.$outputlangs->transnoentitiesnoconv('DateUntil', dol_print_date($object->lines[$i]->date_end, $format, false, $outputlangs)).')';
		}
		//print '>'.$outputlangs->charset_output.','.$period;
		if (getDolGlobalString('PDF_BOLD_PRODUCT_REF_AND_PERIOD')) {
			if (!dol_textishtml($libelleproduitservice)) {
				$libelleproduitservice = str_replace("\n", '<br>', $libelleproduitservice);
			}
			$libelleproduitservice .= '<br><b style="color:#333666;" ><em>'.$period.'</em></b>';
		} else {
			$libelleproduitservice = dol_concatdesc($libelleproduitservice, $period);
		}
		//print $libelleproduitservice;
	}

	// Now we convert \n into br
	if (dol_textishtml($libelleproduitservice)) {
		$libelleproduitservice = preg_replace('/__N__/', '<br>', $libelleproduitservice);
	} else {
		$libelleproduitservice = preg_replace('/__N__/', "\n", $libelleproduitservice);
	}
	$libelleproduitservice = dol_htmlentitiesbr($libelleproduitservice, 1);

	return $libelleproduitservice;
}

// verbatim
function pdf_getlinevatrate($object, $i, $outputlangs, $hidedetails = 0)
{
	global $conf, $hookmanager, $mysoc;

	$result = '';
	$reshook = 0;
	//if (is_object($hookmanager) && ( (isset($object->lines[$i]->product_type) && $object->lines[$i]->product_type == 9 && !empty($object->lines[$i]->special_code)) || !empty($object->lines[$i]->fk_parent_line) ) )
	if (is_object($hookmanager)) {   // Old code is commented on preceding line. Reproduce this test in the pdf_xxx function if you don't want your hook to run
		$special_code = empty($object->lines[$i]->special_code) ? '' : $object->lines[$i]->special_code;
		if (!empty($object->lines[$i]->fk_parent_line) && $object->lines[$i]->fk_parent_line > 0) {
			$special_code = $object->getSpecialCode($object->lines[$i]->fk_parent_line);
		}
		$parameters = array('i' => $i, 'outputlangs' => $outputlangs, 'hidedetails' => $hidedetails, 'special_code' => $special_code);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_getlinevatrate', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks

		if (!empty($hookmanager->resPrint)) {
			$result .= $hookmanager->resPrint;
		}
	}
	if (empty($reshook)) {
		if (empty($hidedetails) || $hidedetails > 1) {
			$tmpresult = '';

			$tmpresult .= vatrate($object->lines[$i]->tva_tx, 0, $object->lines[$i]->info_bits, -1);
			if (!getDolGlobalString('MAIN_PDF_MAIN_HIDE_SECOND_TAX')) {
				if ($object->lines[$i]->total_localtax1 != 0) {
					if (preg_replace('/[\s0%]/', '', $tmpresult)) {
						$tmpresult .= '/';
					} else {
						$tmpresult = '';
					}
					$tmpresult .= vatrate(abs($object->lines[$i]->localtax1_tx), 0);
				}
			}
			if (!getDolGlobalString('MAIN_PDF_MAIN_HIDE_THIRD_TAX')) {
				if ($object->lines[$i]->total_localtax2 != 0) {
					if (preg_replace('/[\s0%]/', '', $tmpresult)) {
						$tmpresult .= '/';
					} else {
						$tmpresult = '';
					}
					$tmpresult .= vatrate(abs($object->lines[$i]->localtax2_tx), 0);
				}
			}
			$tmpresult .= '%';

			$result .= $tmpresult;
		}
	}
	return $result;
}

// verbatim
function pdf_getlineupexcltax($object, $i, $outputlangs, $hidedetails = 0)
{
	global $conf, $hookmanager;

	$sign = 1;
	if (isset($object->type) && $object->type == 2 && getDolGlobalString('INVOICE_POSITIVE_CREDIT_NOTE')) {
		$sign = -1;
	}

	$result = '';
	$reshook = 0;
	//if (is_object($hookmanager) && ( (isset($object->lines[$i]->product_type) && $object->lines[$i]->product_type == 9 && !empty($object->lines[$i]->special_code)) || !empty($object->lines[$i]->fk_parent_line) ) )
	if (is_object($hookmanager)) {   // Old code is commented on preceding line. Reproduct this test in the pdf_xxx function if you don't want your hook to run
		$special_code = empty($object->lines[$i]->special_code) ? '' : $object->lines[$i]->special_code;
		if (!empty($object->lines[$i]->fk_parent_line) && $object->lines[$i]->fk_parent_line > 0) {
			$special_code = $object->getSpecialCode($object->lines[$i]->fk_parent_line);
		}
		$parameters = array('i' => $i, 'outputlangs' => $outputlangs, 'hidedetails' => $hidedetails, 'special_code' => $special_code);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_getlineupexcltax', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks

		if (!empty($hookmanager->resPrint)) {
			$result .= $hookmanager->resPrint;
		}
	}
	if (empty($reshook)) {
		if (empty($hidedetails) || $hidedetails > 1) {
			$subprice = (isModEnabled("multicurrency") && $object->multicurrency_tx != 1 ? $object->lines[$i]->multicurrency_subprice : $object->lines[$i]->subprice);
			$result .= price($sign * $subprice, 0, $outputlangs);
		}
	}
	return $result;
}

// verbatim
function pdf_getlineqty($object, $i, $outputlangs, $hidedetails = 0)
{
	global $hookmanager;

	$result = '';
	$reshook = 0;
	//if (is_object($hookmanager) && ( (isset($object->lines[$i]->product_type) && $object->lines[$i]->product_type == 9 && !empty($object->lines[$i]->special_code)) || !empty($object->lines[$i]->fk_parent_line) ) )
	if (is_object($hookmanager)) {   // Old code is commented on preceding line. Reproduct this test in the pdf_xxx function if you don't want your hook to run
		$special_code = empty($object->lines[$i]->special_code) ? '' : $object->lines[$i]->special_code;
		if (!empty($object->lines[$i]->fk_parent_line) && $object->lines[$i]->fk_parent_line > 0) {
			$special_code = $object->getSpecialCode($object->lines[$i]->fk_parent_line);
		}
		$parameters = array('i' => $i, 'outputlangs' => $outputlangs, 'hidedetails' => $hidedetails, 'special_code' => $special_code);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_getlineqty', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks

		if (!empty($hookmanager->resPrint)) {
			$result = $hookmanager->resPrint;
		}
	}
	if (empty($reshook)) {
		if ($object->lines[$i]->special_code == 3) {
			return '';
		}
		if (empty($hidedetails) || $hidedetails > 1) {
			$result .= $object->lines[$i]->qty;
		}
	}
	return $result;
}

// verbatim
function pdf_getlineremisepercent($object, $i, $outputlangs, $hidedetails = 0)
{
	global $hookmanager;

	include_once DOL_DOCUMENT_ROOT.'/core/lib/functions2.lib.php';

	$reshook = 0;
	$result = '';
	//if (is_object($hookmanager) && ( (isset($object->lines[$i]->product_type) && $object->lines[$i]->product_type == 9 && !empty($object->lines[$i]->special_code)) || !empty($object->lines[$i]->fk_parent_line) ) )
	if (is_object($hookmanager)) {   // Old code is commented on preceding line. Reproduct this test in the pdf_xxx function if you don't want your hook to run
		$special_code = empty($object->lines[$i]->special_code) ? '' : $object->lines[$i]->special_code;
		if (!empty($object->lines[$i]->fk_parent_line) && $object->lines[$i]->fk_parent_line > 0) {
			$special_code = $object->getSpecialCode($object->lines[$i]->fk_parent_line);
		}
		$parameters = array('i' => $i, 'outputlangs' => $outputlangs, 'hidedetails' => $hidedetails, 'special_code' => $special_code);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_getlineremisepercent', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks

		if (!empty($hookmanager->resPrint)) {
			$result .= $hookmanager->resPrint;
		}
	}
	if (empty($reshook)) {
		if ($object->lines[$i]->special_code == 3) {
			return '';
		}
		if (empty($hidedetails) || $hidedetails > 1) {
			$result .= dol_print_reduction($object->lines[$i]->remise_percent, $outputlangs);
		}
	}
	return $result;
}

// verbatim
function pdf_getlinetotalexcltax($object, $i, $outputlangs, $hidedetails = 0)
{
	global $conf, $hookmanager;

	$sign = 1;
	if (isset($object->type) && $object->type == 2 && getDolGlobalString('INVOICE_POSITIVE_CREDIT_NOTE')) {
		$sign = -1;
	}

	$reshook = 0;
	$result = '';
	//if (is_object($hookmanager) && ( (isset($object->lines[$i]->product_type) && $object->lines[$i]->product_type == 9 && !empty($object->lines[$i]->special_code)) || !empty($object->lines[$i]->fk_parent_line) ) )
	if (is_object($hookmanager)) {   // Old code is commented on preceding line. Reproduct this test in the pdf_xxx function if you don't want your hook to run
		$special_code = empty($object->lines[$i]->special_code) ? '' : $object->lines[$i]->special_code;
		if (!empty($object->lines[$i]->fk_parent_line) && $object->lines[$i]->fk_parent_line > 0) {
			$special_code = $object->getSpecialCode($object->lines[$i]->fk_parent_line);
		}
		$parameters = array('i' => $i, 'outputlangs' => $outputlangs, 'hidedetails' => $hidedetails, 'special_code' => $special_code, 'sign' => $sign);
		$action = '';
		$reshook = $hookmanager->executeHooks('pdf_getlinetotalexcltax', $parameters, $object, $action); // Note that $action and $object may have been modified by some hooks

		if (!empty($hookmanager->resPrint)) {
			$result .= $hookmanager->resPrint;
		}
	}
	if (empty($reshook)) {
		if (!empty($object->lines[$i]) && $object->lines[$i]->special_code == 3) {
			$result .= $outputlangs->transnoentities("Option");
		} elseif (empty($hidedetails) || $hidedetails > 1) {
			$total_ht = (isModEnabled("multicurrency") && $object->multicurrency_tx != 1 ? $object->lines[$i]->multicurrency_total_ht : $object->lines[$i]->total_ht);
			if (!empty($object->lines[$i]->situation_percent) && $object->lines[$i]->situation_percent > 0) {
				// TODO Remove this. The total should be saved correctly in database instead of being modified here.
				$prev_progress = 0;
				$progress = 1;
				if (method_exists($object->lines[$i], 'get_prev_progress')) {
					$prev_progress = $object->lines[$i]->get_prev_progress($object->id);
					$progress = ($object->lines[$i]->situation_percent - $prev_progress) / 100;
				}
				$result .= price($sign * ($total_ht / ($object->lines[$i]->situation_percent / 100)) * $progress, 0, $outputlangs);
			} else {
				$result .= price($sign * $total_ht, 0, $outputlangs);
			}
		}
	}
	return $result;
}
