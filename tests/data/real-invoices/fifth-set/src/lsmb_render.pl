#!/usr/bin/perl
# Render LedgerSMB 1.6.33's shipped invoice template (templates/demo/invoice.{tex,html}) through LedgerSMB's own
# LedgerSMB::Template (escaping, Locale::Maketext translation from locale/po/LANG.po, Template::Plugin::Latex -> pdflatex),
# with helper invoice data shaped like old/lib/LedgerSMB/IS.pm invoice_details() output.
# usage (cwd = /usr/share/ledgersmb of the unpacked package): lsmb_render.pl DOC FORMAT OUTFILE
use strict; use warnings; use utf8;
use lib 'lib', 'old/lib';
use LedgerSMB::Template; use LedgerSMB::Num2text;
binmode STDOUT, ':utf8';
my ($doc, $format, $out) = @ARGV;
my %company = (company => 'Schulte Elektrotechnik GmbH', address => "Industriestraße 14\n48155 Münster",
               tel => '0251 98765-0', fax => '0251 98765-99');
my %cust = (name => 'Wohnbau Telgte eG', address1 => 'Bahnhofstraße 9', address2 => '', city => 'Telgte',
            zipcode => '48291', country => 'Deutschland', contact => 'Herr Frank Overmeyer', customerphone => '02504 7733-0',
            email => 'einkauf@wohnbau-telgte.example');
my %docs = (
  inv => { invnumber => '2024-10457', invdate => '07.11.2024', duedate => '07.12.2024', ordnumber => 'AB-2024-0893',
           employee => 'Markus Schulte', shippingpoint => 'Münster', shipvia => 'Eigenanlieferung', terms => 30, reverse => 0,
           items => [['EL-1001', 'LED-Panel 62x62 cm, 40 W, neutralweiß', '04.11.2024', '24', 'Stk', '89,50', '', '2.148,00'],
                     ['MO-0002', 'Montagearbeiten Elektroinstallation', '05.11.2024', '16', 'Std', '62,00', '', '992,00'],
                     ['KB-3315', 'Installationskabel NYM-J 3x1,5 qmm, Ring 100 m', '04.11.2024', '3', 'Ring', '74,90', '', '224,70']],
           subtotal => '3.364,70', taxbase => '3.364,70', tax => '639,29', invtotal => '4.003,99', whole => 4003, decimal => '99',
           notes => "Bankverbindung: Sparkasse Münsterland Ost, IBAN DE75 4005 0150 0000 3478 12, BIC WELADED1MST\n\nUSt-IdNr.: DE276543210 -- Amtsgericht Münster HRB 12345" },
  inv2 => { invnumber => '2024-10611', invdate => '03.12.2024', duedate => '02.01.2025', ordnumber => 'AB-2024-0951',
           employee => 'Markus Schulte', shippingpoint => 'Münster', shipvia => 'Paketdienst', terms => 30, reverse => 0,
           items => [['WB-2207', 'Wallbox 11 kW mit Typ-2-Ladekabel, 5 m', '28.11.2024', '2', 'Stk', '689,00', '', '1.378,00'],
                     ['MO-0002', 'Montagearbeiten Elektroinstallation', '29.11.2024', '7,5', 'Std', '62,00', '', '465,00'],
                     ['FI-0440', 'FI-Schutzschalter Typ A, 40 A, 4-polig', '28.11.2024', '2', 'Stk', '58,40', '', '116,80']],
           subtotal => '1.959,80', taxbase => '1.959,80', tax => '372,36', invtotal => '2.332,16', whole => 2332, decimal => '16',
           notes => "Bankverbindung: Sparkasse Münsterland Ost, IBAN DE75 4005 0150 0000 3478 12, BIC WELADED1MST\n\nUSt-IdNr.: DE276543210 -- Amtsgericht Münster HRB 12345" },
  cn  => { invnumber => '2024-10502', invdate => '19.11.2024', duedate => '19.11.2024', ordnumber => 'AB-2024-0893',
           employee => 'Markus Schulte', shippingpoint => 'Münster', shipvia => 'Rücksendung', terms => 0, reverse => 1,
           items => [['EL-1001', 'Rücknahme LED-Panel 62x62 cm, 40 W (zu Rechnung 2024-10457)', '18.11.2024', '4', 'Stk', '89,50', '', '358,00']],
           subtotal => '358,00', taxbase => '358,00', tax => '68,02', invtotal => '426,02', whole => 426, decimal => '02',
           notes => "Der Betrag wird Ihrem Kundenkonto gutgeschrieben bzw. auf Wunsch auf Ihr Konto überwiesen.\n\nUSt-IdNr.: DE276543210 -- Amtsgericht Münster HRB 12345" },
);
my $d = $docs{$doc} or die "doc?";
my $c = LedgerSMB::Num2text->new('de'); $c->init;
my (@num, @rn, @desc, @deliv, @qty, @unit, @price, @disc, @lt);
my $i = 0;
for my $it (@{$d->{items}}) {
  $i++; push @rn, $i; push @num, $it->[0]; push @desc, $it->[1]; push @deliv, $it->[2]; push @qty, $it->[3];
  push @unit, $it->[4]; push @price, $it->[5]; push @disc, $it->[6]; push @lt, $it->[7];
}
my $vars = { %company, %cust, (map { $_ => $d->{$_} } qw(invnumber invdate duedate ordnumber employee shippingpoint shipvia terms reverse subtotal invtotal notes decimal)),
  shiptoname => $cust{name}, shiptoaddress1 => 'Baustelle Am Emsdeich 3', shiptocity => 'Telgte', shiptozipcode => '48291',
  shiptocountry => 'Deutschland',
  number => \@num, runningnumber => \@rn, item_description => \@desc, description => \@desc, deliverydate => \@deliv,
  qty => \@qty, unit => \@unit, sellprice => \@price, discountrate => \@disc, linetotal => \@lt,
  tax => [$d->{tax}], taxdescription => ['Umsatzsteuer 19%'], taxbase => [$d->{taxbase}], taxrate => ['19'],
  total => $d->{invtotal}, paid => '0,00', currency => 'EUR',
  text_amount => $c->num2text($d->{whole}), text_decimal => $c->num2text($d->{decimal} * 1),
  integer_amount => $d->{whole},
};
my $t = LedgerSMB::Template->new(user => {}, language => 'de', path => 'templates/demo', template => 'invoice',
                                 format => $format, format_options => {}, output_options => {});
# LedgerSMB 1.6 normally serves templates from its database (Template::DBProvider resolves INCLUDE letterhead by format);
# from the file system we provide the same letterhead.<ext> under the bare name in an extra include dir.
my $ext = lc($format) eq "pdf" ? "tex" : "html"; my $inc = "/tmp/lsmb-inc-$ext"; mkdir $inc;
system("cp", "templates/demo/letterhead.$ext", "$inc/letterhead") == 0 or die; $t->{include_path_lang} = $inc;
$t->render($vars);
open my $fh, (lc($format) eq 'html' ? '>:utf8' : '>:raw'), $out or die; print $fh $t->{output}; close $fh;
