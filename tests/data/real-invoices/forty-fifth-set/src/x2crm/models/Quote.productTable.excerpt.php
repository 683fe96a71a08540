	/**
	 * Generates markup for a quote line items table.
	 *
	 * @param type $emailTable Style hooks for emailing the quote
	 * @return string
	 */
	public function productTable($emailTable = false) {
		$pad = 4;
		// Declare styles
		$tableStyle = 'border-collapse: collapse; width: 100%;';
		$thStyle = 'padding: 5px; border: 1px solid black; background:#eee;';
		$thProductStyle = $thStyle;
		if(!$emailTable)
			$tableStyle .= 'display: inline;';
		else
			$thProductStyle .=  "width:60%;";
		$defaultStyle =  'padding: 5px;border-spacing:0;';
		$tdStyle = "$defaultStyle;border-left: 1px solid black; border-right: 1px solid black;";
		$tdFooterStyle = "$tdStyle;border-bottom: 1px solid black";
		$tdBoxStyle = "$tdFooterStyle;border-top: 1px solid black";

		// Declare element templates
		$thProduct = '<th style="'.$thProductStyle.'">{c}</th>';
		$tdDef = '<td style="'.$defaultStyle.'">{c}</td>';
		$th = '<th style="'.$thStyle.'">{c}</th>';
		$td = '<td style="'.$tdStyle.'">{c}</td>';
		$tdFooter = '<td style="'.$tdFooterStyle.'">{c}</td>';
		$tdBox = '<td style="'.$tdBoxStyle.'">{c}</td>';
		$hr = '<hr style="width: 100%;height:2px;background:black;" />';
		$tr = '<tr>{c}</tr>';
		$colRange = range(2,7);
		$span = array_combine($colRange,array_map(function($s){return "<td colspan=\"$s\"></td>";},$colRange));
		$span[1] = '<td></td>';

		$markup = array();

		// Table opening and header
		$markup[] = "<table style=\"$tableStyle\"><thead>";
		$row = array(str_replace('{c}',Yii::t('products','Line Item'),$thProduct));
		foreach(array('Unit Price','Quantity','Adjustment','Comments','Price') as $columnHeader) {
			$row[] = str_replace('{c}',Yii::t('products',$columnHeader),$th);
		}
		$markup[] = str_replace('{c}',implode("\n",$row),$tr);

		// Table header ending and body
		$markup[] = "</thead>";

		// Number of non-adjustment line items:
		$n_li = count($this->productLines);
		$i = 1;

		// Run through line items:
		$markup[] = '<tbody>';
		foreach($this->productLines as $ln=>$li) {
			// Begin row.
			$row = array();
			// Add columns for this line
			foreach(array('name','price','quantity','adjustment','description','total') as $attr) {
				$row[] = str_replace('{c}',$li->renderAttribute($attr),($i==$n_li?$tdFooter:$td));
			}
			// Row done.
			$markup[] = str_replace('{c}',implode('',$row),$tr);
			$i++;
		}

		$markup[] = '</tbody>';
		$markup[] = '<tbody>';
		// The subtotal and adjustment rows, if applicable:
		$i = 1;
		$n_adj = count($this->adjustmentLines);

		if($n_adj) {
			// Subtotal:
			$row = array($span[$pad]);
			$row[] = str_replace('{c}','<strong>'.Yii::t('quotes','Subtotal').'</strong>',$tdDef);
			$row[] = str_replace('{c}','<strong>'.Yii::app()->locale->numberFormatter->formatCurrency($this->subtotal,$this->currency).'</strong>',$tdDef);
			$markup[] = str_replace('{c}',implode('',$row),$tr);
			$markup[] = '</tbody>';
			// Adjustments:
			$markup[] = '<tbody>';
			foreach($this->adjustmentLines as $ln => $li) {
				// Begin row
				$row = array($span[$pad]);
				$row[] = str_replace('{c}',$li->renderAttribute('name').(!empty($li->description) ? ' ('.$li->renderAttribute('description').')':''),$tdDef);
				$row[] = str_replace('{c}',$li->renderAttribute('adjustment'),$tdDef);
				// Row done
				$markup[] = str_replace('{c}',implode('',$row),$tr);
				$i++;
			}
			$markup[] = '</tbody>';
			$markup[] = '<tbody>';
		}

		// Total:
		$row = array($span[$pad]);
		$row[] = str_replace('{c}','<strong>'.Yii::t('quotes','Total').'</strong>',$tdDef);
		$row[] = str_replace('{c}','<strong>'.Yii::app()->locale->numberFormatter->formatCurrency($this->total,$this->currency).'</strong>',$tdBox);
		$markup[] = str_replace('{c}',implode('',$row),$tr);
		$markup[] = '</tbody>';

		// Done.
		$markup[] = '</table>';

		return implode("\n",$markup);
	}
