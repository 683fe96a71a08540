# data: helper (SQL-Ledger ships templates only, no sample invoice data)
%myconfig = (numberformat => '1.000,00', dateformat => 'dd.mm.yy');
%d = (
  countrycode => 'de', language_code => 'de', IN => 'invoice.tex',
  company => 'Holzwerkstatt Brandt GmbH', address => 'Lindenallee 14\newline 79098 Freiburg im Breisgau',
  tel => '0761 4589320', fax => '0761 4589329',
  name => 'Kanzlei Vogt und Partner', address1 => 'Bertoldstraße 22', address2 => '',
  zipcode => '79098', city => 'Freiburg', country => 'Deutschland', contact => 'Frau Dr. Ilse Vogt',
  email => 'buero@vogt-partner.example',
  shiptoname => 'Kanzlei Vogt und Partner', shiptoaddress1 => 'Bertoldstraße 22', shiptozipcode => '79098', shiptocity => 'Freiburg',
  invnumber => '2023-0417', invdate => '14.06.2023', duedate => '14.07.2023', ordnumber => 'AB-5521',
  employee => 'M. Brandt', shippingpoint => 'Freiburg', shipvia => 'Spedition',
  terms => '30',
  runningnumber => ['1','2','3'],
  number => ['T-110','S-204','M-900'],
  description => ['Besprechungstisch Eiche massiv 240 x 100 cm','Aktenschrank Buche, 5 Fächer','Montage und Anlieferung'],
  deliverydate => ['12.06.2023','12.06.2023','12.06.2023'],
  qty => ['1','2','4'], unit => ['Stk','Stk','Std'],
  sellprice => ['2.350,00','780,00','62,50'], discountrate => ['','5','' ],
  linetotal => ['2.350,00','1.482,00','250,00'],
  subtotal => '4.082,00',
  taxdescription => ['MwSt 19 \\%'], taxbase => ['4.082,00'], tax => ['775,58'],
  total => '4.857,58', invtotal_raw => '4857.58',
  currency => 'EUR', notes => 'Bankverbindung: Sparkasse Freiburg, IBAN DE67 6805 0101 0012 3456 78',
);
1;
