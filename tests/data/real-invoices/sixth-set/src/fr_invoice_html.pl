# data: helper (SQL-Ledger ships templates only, no sample invoice data)
%myconfig = (numberformat => '1 000,00', dateformat => 'dd/mm/yy');
%d = (
  countrycode => 'fr', language_code => 'fr', IN => 'invoice.html', format => 'html',
  company => 'Brasserie Artisanale du Vercors SAS',
  address => "ZA Les Chaux, 38250 Villard-de-Lans\nSIRET 519 263 842 00022 - N° TVA intracom. FR56 519 263 842",
  tel => '04 76 95 12 80', fax => '04 76 95 12 81',
  name => 'Cave et Comptoir Lyonnais', address1 => '14, rue Mercière', address2 => '',
  city => 'Lyon', state => '', zipcode => '69002', country => 'France',
  shiptoname => 'Cave et Comptoir Lyonnais', shiptoaddress1 => '3, quai Saint-Antoine', shiptocity => 'Lyon', shiptozipcode => '69002',
  invnumber => 'FA-2024-0157', invdate => '22/03/2024', duedate => '21/04/2024', employee => 'Julie Favre',
  terms => '30', shippingpoint => 'Départ brasserie',
  runningnumber => ['1','2','3'],
  number => ['BL-33','AM-33','CONS'],
  description => ['Bière blonde Vercors 33 cl (carton de 24)','Bière ambrée Vercors 33 cl (carton de 24)','Consigne fûts 20 L'],
  qty => ['15','10','4'], unit => ['ctn','ctn','fût'],
  sellprice => ['38,40','41,20','30,00'], discount => ['','',''], discountrate => ['','',''],
  linetotal => ['576,00','412,00','120,00'],
  subtotal => '1 108,00',
  taxdescription => ['TVA 20 %'], taxnumber => ['FR56519263842'], taxbase => ['1 108,00'], tax => ['221,60'],
  invtotal => '1 329,60', total => '1 329,60', invtotal_raw => '1329.60',
  currency => 'EUR', notes => 'Paiement par virement - IBAN FR76 1027 8360 0000 0208 7540 168 - BIC CMCIFR2A',
);
1;
