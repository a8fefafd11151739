// Resolves "last Wednesday" against Tuesday 2023-09-19 13:43 +05:30 with an installed annals.
// Prints the TIMEX3 value (2023-09-13) and exits 0, or prints the error and exits 1.
#include <annals/annals.hpp>

#include <iostream>

int main() {
  const auto ref = annals::parse_reference("2023-09-19T13:43+05:30");
  if (!ref) {
    std::cerr << "reference: " << ref.error().what() << '\n';
    return 1;
  }
  const auto v = annals::parse("last Wednesday", *ref);
  if (!v) {
    std::cerr << "last Wednesday: " << v.error().what() << '\n';
    return 1;
  }
  std::cout << v->value << '\n';
  return 0;
}
