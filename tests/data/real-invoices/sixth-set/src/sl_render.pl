#!/usr/bin/perl
# Drives SQL-Ledger 3.2.6's own template engine (SL::Form::parse_template) + its pdflatex step
# on a stock language template set. Usage: perl sl_render.pl DATA.pl OUT.pdf
use strict; no strict 'refs';
my ($datafile, $outpdf) = @ARGV;
my $SL = $ENV{SL} || "/tmp/realpdf-v6/work/sl/root/usr/share/sql-ledger";
my $RUN = $ENV{RUN} || "/tmp/realpdf-v6/work/sl/run";
$outpdf = "$RUN/$outpdf" unless $outpdf =~ m{^/};
chdir $RUN or die;
unshift @INC, $SL, $RUN;
@ARGV = ();
require "$SL/SL/Form.pm";
require "$SL/SL/CP.pm";
our (%d, %myconfig);
$datafile = "$RUN/$datafile" unless $datafile =~ m{^/};
do $datafile or die "data: $@ $!";
use Encode;
for my $k (keys %d) { if (ref $d{$k}) { $_ = encode('latin1', decode('utf8', $_)) for @{$d{$k}} } else { $d{$k} = encode('latin1', decode('utf8', $d{$k})) } }
my $form = bless {}, 'Form';
$form->{$_} = $d{$_} for keys %d;
# amounts to words, as SL::IS does
chdir $SL; my $c = new CP $d{countrycode}; chdir $RUN;
$c->init;
my ($whole, $decimal) = split /\./, $d{invtotal_raw};
$form->{decimal} = substr("${decimal}00", 0, 2);
$form->{text_decimal} = $c->num2text($form->{decimal} * 1);
$form->{text_amount} = $c->num2text($whole);
$form->{format} = $d{format} || 'pdf';
$form->format_string(qw(company address notes name address1 shiptoname shiptoaddress1)) if $form->{format} eq 'html';
$form->{media} = 'file';
$form->{OUT} = ">$outpdf";
$form->{templates} = "templates";
$form->format_string(qw(text_amount text_decimal));
mkdir "spool";
$form->parse_template(\%myconfig, "spool");
print "ok $outpdf\n";
