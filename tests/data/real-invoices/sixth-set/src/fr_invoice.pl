# data: helper (SQL-Ledger ships templates only, no sample invoice data)
%myconfig = (numberformat => '1 000,00', dateformat => 'dd/mm/yy');
%d = (
  countrycode => 'fr', language_code => 'fr', IN => 'invoice.tex',
  company => 'Atelier Graphique Morel SARL',
  address => '8, rue des Tanneurs\newline 67000 Strasbourg\newline SIRET 482 917 358 00012 -- TVA FR50 482 917 358',
  tel => '03 88 41 27 50', fax => '03 88 41 27 59',
  name => 'Librairie du Quai', address1 => '27, quai des Bateliers', address2 => '',
  city => 'Strasbourg', state => '', zipcode => '67000', country => 'France',
  invnumber => 'F23-0381', invdate => '03/10/2023', duedate => '02/11/2023', customer_id => 'C-1047',
  terms => '30',
  number => ['MAQ-01','IMP-A5','LIV'],
  description => ['Maquette catalogue automne (24 pages)','Impression flyers A5 quadri, 2000 ex.','Livraison sur site'],
  qty => ['1','2','1'], unit => ['forf.','lot','forf.'],
  sellprice => ['1 250,00','185,00','45,00'], discount => ['','',''],
  linetotal => ['1 250,00','370,00','45,00'],
  subtotal => '1 665,00',
  taxdescription => ['TVA 20 \\%'], taxbase => ['1 665,00'], tax => ['333,00'],
  total => '1 998,00', invtotal_raw => '1998.00',
  currency => 'EUR', notes => 'Règlement par virement : IBAN FR76 3000 4000 0312 3456 7890 143 -- BIC BNPAFRPPXXX',
);
1;
