<?php
// realpdf-v18 STAND-IN for Dolibarr's HookManager with no hook module enabled
class HookManager
{
	public $resPrint = '';
	public $resArray = array();
	public $error = '';
	public $errors = array();
	public function __construct($db)
	{
	}
	public function initHooks($arraycontext)
	{
		return 1;
	}
	public function executeHooks($method, $parameters = array(), &$object = null, &$action = '')
	{
		$this->resPrint = '';
		$this->resArray = array();
		return 0;
	}
}
