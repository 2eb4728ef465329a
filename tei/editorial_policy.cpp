#include "tei/editorial_policy.hpp"

namespace emend::tei {

const std::vector<SilentClass>& DefaultSilentClasses() {
  static const std::vector<SilentClass> classes = {
      {"apostrophe", "restored apostrophes (the OCR's Titos read as Tito's)"},
      {"split", "words the OCR split, joined (Norm alization read as Normalization)"},
  };
  return classes;
}

void AppendSilentPolicy(pugi::xml_node editorial_decl, const std::vector<SilentClass>& classes) {
  pugi::xml_node correction = editorial_decl.append_child("correction");
  correction.append_attribute("n") = "silent";
  pugi::xml_node p = correction.append_child("p");
  p.append_child(pugi::node_pcdata)
      .set_value(
          "Emendations of these classes are applied silently in the reading text of the "
          "editions (they stay marked here; the HTML edition marks them on request, the "
          "PDF lists them after the text):");
  pugi::xml_node list = p.append_child("list");
  for (const SilentClass& c : classes) {
    pugi::xml_node item = list.append_child("item");
    item.append_attribute("n") = c.type.c_str();
    item.text().set(c.description.c_str());
  }
}

std::vector<SilentClass> ReadSilentPolicy(pugi::xml_node tei_header) {
  std::vector<SilentClass> classes;
  for (pugi::xml_node correction :
       tei_header.child("encodingDesc").child("editorialDecl").children("correction")) {
    if (std::string_view(correction.attribute("n").value()) != "silent") continue;
    for (pugi::xml_node item : correction.child("p").child("list").children("item")) {
      classes.push_back({item.attribute("n").value(), item.text().get()});
    }
  }
  return classes;
}

}  // namespace emend::tei
