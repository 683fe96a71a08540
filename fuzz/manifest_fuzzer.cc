// libFuzzer target: one line of the deposits manifest or of the pro formas, and a worker's
// reading as the broker receives it (the wire form of a result).
#include <cstddef>
#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "models/deposit.h"
#include "models/result_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto j = nlohmann::json::parse(reinterpret_cast<const char*>(data),
                                 reinterpret_cast<const char*>(data) + size, nullptr, false);
  verifact::ParseDeposit(j, 1);
  verifact::ParseProForma(j, 1);
  auto reading = verifact::FromJson(j);
  if (reading.ok()) verifact::ToJson(reading.value());  // what is read must print
  return 0;
}
