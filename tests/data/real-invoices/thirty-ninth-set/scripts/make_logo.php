<?php
// Helper: draws a plain text logo (the shop's own logo file is not part of the template sources).
[$_, $out, $text, $w, $h] = $argv;
$im = imagecreatetruecolor((int)$w, (int)$h);
imagefill($im, 0, 0, imagecolorallocate($im, 255, 255, 255));
$c = imagecolorallocate($im, 0x6d, 0x25, 0x51);
imagettftext($im, (int)($h*0.38), 0, 8, (int)($h*0.68), $c, '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf', $text);
str_ends_with($out, '.gif') ? imagegif($im, $out) : (str_ends_with($out, '.jpg') ? imagejpeg($im, $out, 90) : imagepng($im, $out));
