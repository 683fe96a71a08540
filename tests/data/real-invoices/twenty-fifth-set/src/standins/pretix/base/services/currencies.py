# Stand-in (helper)
SOURCE_NAMES = {'eu:ecb:eurofxref-daily': 'European Central Bank'}
