// JSON (de)serialisation of the contract's result object (../shared/CONTRACT.md).
#pragma once

#include <nlohmann/json.hpp>

#include "models/extraction_result.h"

namespace verifact {

// The contract's object, keys in the contract's order: every field with value, confidence,
// page, bbox and source; absent fields are null; `error` null unless the file could not be read.
nlohmann::ordered_json ToJson(const ExtractionResult& result);

// The canonical value of each field of a result object, as a flat object of strings (dossiers:
// a list), null for absent ones. What evaluations compare.
nlohmann::json FieldValues(const nlohmann::ordered_json& result_object);

}  // namespace verifact
