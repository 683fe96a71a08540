// JSON (de)serialisation of the contract's result object (../shared/CONTRACT.md).
#pragma once

#include <nlohmann/json.hpp>

#include "models/extraction_result.h"

namespace verifact {

enum class JsonForm {
  kContract,  // what users read: confidences to 2 decimals, boxes to 4
  kWire,      // between processes: every digit, plus what checks use beyond the contract
};

// The contract's object, keys in the contract's order: every field with value, confidence,
// page, bbox and source; absent fields are null; `error` null unless the file could not be read.
nlohmann::ordered_json ToJson(const ExtractionResult& result,
                              JsonForm form = JsonForm::kContract);

// The reading a kWire (or contract) object describes, without its outcome: what a worker's
// reply carries to the broker. FromJson(ToJson(r, kWire)) judges exactly as r does. A value
// that is not what ToJson writes is an Error (code "WIRE_INVALID") naming the key.
Result<ExtractionResult> FromJson(const nlohmann::json& object);

// The canonical value of each field of a result object, as a flat object of strings (dossiers:
// a list), null for absent ones. What evaluations compare.
nlohmann::json FieldValues(const nlohmann::ordered_json& result_object);

}  // namespace verifact
