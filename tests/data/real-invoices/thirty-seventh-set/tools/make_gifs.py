# Writes the 1x1 spacer GIFs Zen Cart's admin uses (pixel_black.gif, pixel_trans.gif) and a
# blank 1x1 logo.gif (the store in this example has no logo image).
import sys, os
d = sys.argv[1]
black = b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;'
trans = b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;'
open(os.path.join(d, 'pixel_black.gif'), 'wb').write(black)
open(os.path.join(d, 'pixel_trans.gif'), 'wb').write(trans)
open(os.path.join(d, 'logo.gif'), 'wb').write(trans)
