// Reading the command line's input documents (internal to the annals program).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "annals/document.hpp"
#include "annals/extract.hpp"

namespace annals::cli {

/// One input: a document, or the one-line reason it could not be read.
struct input {
  std::string name;
  std::optional<document> doc;
  std::string error;
};

/// Reads FILEs (stdin when empty or "-"); `.jsonl` files (or all, with `jsonl`) give one
/// document per line. Unreadable inputs come back with `error` set; the others are unaffected.
[[nodiscard]] std::vector<input> read_inputs(const std::vector<std::string>& files, bool jsonl);

/// The reference for a document: --ref, the document's own, or the current time (with a note
/// on stderr); `source` names which.
struct chosen_reference {
  reference ref;
  std::string source;
};
[[nodiscard]] chosen_reference choose_reference(const document& doc, const std::optional<reference>& option,
                                                const parse_options& parse, std::string_view name);

/// The options `extract` and `timeline` share: FILE arguments ("-" is stdin; after "--" every
/// argument is a file), --ref T, --anchor news|narrative, --jsonl.
struct document_args {
  std::optional<reference> ref;
  anchoring anchor = anchoring::news;
  bool jsonl = false;
  std::vector<std::string> files;
  bool only_files = false;

  enum class taken { no, yes, bad };
  /// Takes args[i] (and its value, advancing i) when it is one of these; on `bad`, `error`
  /// holds the usage message.
  taken take(const std::vector<std::string_view>& args, std::size_t& i, std::string& error);
};

/// The current time as a UTC reference: the only place annals reads the clock.
[[nodiscard]] reference now_reference();

}  // namespace annals::cli
