// Prints the timeline of the sample stories (or of the files given) with the annals library.
//
//   timeline_example examples/stories/*
#include <annals/annals.hpp>
#include <annals/timeline.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
  std::vector<annals::document> docs;
  for (int i = 1; i < argc; ++i) {
    std::ifstream f(argv[i], std::ios::binary);
    if (!f) {
      std::cerr << "timeline_example: cannot read " << argv[i] << "\n";
      return 2;
    }
    std::stringstream ss;
    ss << f.rdbuf();
    auto doc = annals::read_document(ss.str(), argv[i]);
    if (!doc) {
      std::cerr << "timeline_example: " << argv[i] << ": " << doc.error().what() << "\n";
      return 2;
    }
    docs.push_back(std::move(*doc));
  }
  const annals::timeline t = annals::build_timeline(docs);
  for (const auto& note : t.notes) std::cerr << note << "\n";
  std::cout << annals::render(t, annals::timeline_format::text);
  return 0;
}
