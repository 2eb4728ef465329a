// The error types live in the public headers (include/emend/error.hpp): a
// program that links the corrector catches the same emend::Error.
#pragma once

#include "emend/error.hpp"
