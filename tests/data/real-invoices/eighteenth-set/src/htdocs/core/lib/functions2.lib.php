<?php
// realpdf-v18: nothing from functions2.lib.php is called with the options used here
