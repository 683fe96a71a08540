// The Catch2 runner of the whole suite.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
