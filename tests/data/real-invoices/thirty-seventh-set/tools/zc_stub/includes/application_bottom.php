<?php
// stand-in for Zen Cart's admin includes/application_bottom.php (nothing to close here)
