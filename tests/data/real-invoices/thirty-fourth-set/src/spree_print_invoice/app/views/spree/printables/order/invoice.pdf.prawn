render 'spree/printables/shared/invoice/base', doc: @doc
