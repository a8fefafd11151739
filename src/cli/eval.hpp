// annals eval (internal to the command-line program).
#pragma once

#include <string>
#include <vector>

#include "annals/extract.hpp"

namespace annals::cli {

/// Scores extraction over TimeML files/folders; prints the table. Returns the exit status.
int run_eval(const std::vector<std::string>& paths, bool verbose, const extract_options& options);

}  // namespace annals::cli
