// EXCERPT of invoiceninja/invoiceninja resources/views/money_script.blade.php (v4 line,
// the variant using invoice.account). Blade expressions replaced by their v4 default values:
//   {{ DEFAULT_FONT_SIZE }} -> 9, fonts -> "Roboto" (as in a compiled v4 page),
//   {{ Session::get(SESSION_CURRENCY, DEFAULT_CURRENCY) }} -> 1, CURRENCY_DECORATOR_SYMBOL -> 'symbol',
//   {{ CURRENCY_EURO }} -> 3, CURRENCY_DECORATOR_CODE -> 'code'.
// currencies / countries come from the CurrenciesSeeder / CountriesSeeder values (set in run.js).

    var currencyMap = {};
    for (var i=0; i<currencies.length; i++) {
        var currency = currencies[i];
        currencyMap[currency.id] = currency;
        currencyMap[currency.code] = currency;
    }

    var countryMap = {};
    for (var i=0; i<countries.length; i++) {
        var country = countries[i];
        countryMap[country.id] = country;
    }

    var NINJA = NINJA || {};
    NINJA.primaryColor = "";
    NINJA.secondaryColor = "";
    NINJA.fontSize = 9;
    NINJA.headerFont = "Roboto";
    NINJA.bodyFont = "Roboto";

    NINJA.parseFloat = function(str) {
        if (!str) return '';
        str = (str+'').replace(/[^0-9\.\-]/g, '');

        return window.parseFloat(str);
    }

    function formatMoneyInvoice(value, invoice, decorator) {
        var account = invoice.account;
        var client = invoice.client;

        return formatMoneyAccount(value, account, client, decorator);
    }

    function formatMoneyAccount(value, account, client, decorator) {
        var currencyId = false;
        var countryId = false;

        if (client && client.currency_id) {
            currencyId = client.currency_id;
        } else if (account && account.currency_id) {
            currencyId = account.currency_id;
        }

        if (client && client.country_id) {
            countryId = client.country_id;
        } else if (account && account.country_id) {
            countryId = account.country_id;
        }

        if (account && ! decorator) {
            decorator = parseInt(account.show_currency_code) ? 'code' : 'symbol';
        }

        return formatMoney(value, currencyId, countryId, decorator)
    }

    function formatAmount(value, currencyId) {

        if (!currencyId) {
            currencyId = 1;
        }

        var currency = currencyMap[currencyId];
        var decimal = currency.decimal_separator;

        value = NINJA.parseFloat(value) + '';

        if (decimal == '.') {
            return value;
        } else {
            return value.replace('.', decimal);
        }
    }

    function formatMoney(value, currencyId, countryId, decorator) {
        value = NINJA.parseFloat(value);

        if (!currencyId) {
            currencyId = 1;
        }

        if (!decorator) {
            decorator = 'symbol';
        }

        var currency = currencyMap[currencyId];
        var precision = currency.precision;
        var thousand = currency.thousand_separator;
        var decimal = currency.decimal_separator;
        var code = currency.code;
        var swapSymbol = currency.swap_currency_symbol;

        if (countryId && currencyId == 3) {
            var country = countryMap[countryId];
            swapSymbol = country.swap_currency_symbol;
            if (country.thousand_separator) {
                thousand = country.thousand_separator;
            }
            if (country.decimal_separator) {
                decimal = country.decimal_separator;
            }
        }

        value = accounting.formatMoney(value, '', precision, thousand, decimal);
        var symbol = currency.symbol;

        if (decorator == 'none') {
            return value;
        } else if (decorator == 'code' || ! symbol) {
            return value + ' ' + code;
        } else if (swapSymbol) {
            return value + ' ' + symbol.trim();
        } else {
            return symbol + value;
        }
    }
