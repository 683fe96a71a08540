# data: helper (SQL-Ledger ships templates only, no sample invoice data)
%myconfig = (numberformat => '1,000.00', dateformat => 'dd-mm-yy');
%d = (
  countrycode => '', language_code => 'en', IN => 'credit_invoice.tex',
  company => 'Corrib Office Supplies Ltd', address => 'Unit 4, Liosban Business Park\newline Tuam Road, Galway H91 X2F7\newline Ireland',
  tel => '+353 91 771 204', fax => '+353 91 771 205',
  name => 'Claddagh Design Studio', address1 => '12 Dominick Street Lower', address2 => '',
  city => 'Galway', state => '', zipcode => 'H91 C4E2', country => 'Ireland', contact => 'Aoife Byrne',
  email => 'accounts@claddaghdesign.example', customertaxnumber => 'IE 9876543W',
  invnumber => 'CR-2024-0012', invdate => '19-02-2024', duedate => '19-02-2024', ordnumber => 'SO-1187',
  employee => 'Declan Walsh', shippingpoint => '', ponumber => 'PO-CDS-0442', shipvia => '',
  runningnumber => ['1','2'],
  number => ['CH-ERG-02','DL-LED-15'],
  description => ['Ergonomic office chair, returned damaged','Desk lamp LED, short delivery'],
  qty => ['2','3'], unit => ['ea','ea'],
  sellprice => ['189.00','34.50'], linetotal => ['378.00','103.50'],
  subtotal => '481.50', taxincluded => '',
  taxnumber => ['IE 6388047V'], taxdescription => ['VAT'], taxbase => ['481.50'], taxrate => ['23'], tax => ['110.75'],
  invtotal => '592.25', invtotal_raw => '592.25',
  currency => 'EUR', notes => 'Credit applied to account. Refunds by bank transfer from IBAN IE70 BOFI 9000 1712 3456 78.',
);
1;
