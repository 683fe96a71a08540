# This is Payday!
module Payday
  # Current Version
  VERSION = '1.3.0'.freeze
end
