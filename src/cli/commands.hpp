// The annals program's commands (internal).
#pragma once

#include <string_view>
#include <vector>

namespace annals::cli {

int cmd_extract(const std::vector<std::string_view>& args);
int cmd_timeline(const std::vector<std::string_view>& args);

/// Prints "annals: MSG" and a hint to stderr; returns 2.
int usage_error(std::string_view msg);

}  // namespace annals::cli
