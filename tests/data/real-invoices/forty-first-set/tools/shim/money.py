from decimal import Decimal


class Money:
    def __init__(self, amount, currency):
        self.amount = Decimal(amount)
        self.currency = currency


class TaxedMoney:
    def __init__(self, net, gross):
        self.net = net
        self.gross = gross

    @property
    def tax(self):
        return Money(self.gross.amount - self.net.amount, self.gross.currency)
