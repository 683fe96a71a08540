<?php
// realpdf-v18: company.lib.php functions used here (getFormeJuridiqueLabel) are stand-ins in functions.lib.php
