#include "tei/validator.hpp"

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include <memory>

#include "core/error.hpp"

namespace emend::tei {
namespace {

void Collect(void* context, xmlErrorPtr error) {
  auto* errors = static_cast<std::vector<ValidationError>*>(context);
  std::string message = error->message ? error->message : "unknown error";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  errors->push_back({error->line, message});
}

}  // namespace

std::vector<ValidationError> Validate(const std::string& xml, const std::string& schema_path) {
  std::vector<ValidationError> errors;
  std::unique_ptr<xmlRelaxNGParserCtxt, decltype(&xmlRelaxNGFreeParserCtxt)> parser(
      xmlRelaxNGNewParserCtxt(schema_path.c_str()), xmlRelaxNGFreeParserCtxt);
  std::vector<ValidationError> schema_errors;
  xmlRelaxNGSetParserStructuredErrors(parser.get(), Collect, &schema_errors);
  std::unique_ptr<xmlRelaxNG, decltype(&xmlRelaxNGFree)> schema(xmlRelaxNGParse(parser.get()),
                                                                xmlRelaxNGFree);
  if (!schema) {
    throw InputError(schema_path, schema_errors.empty() ? 0 : schema_errors.front().line, 0,
                     "cannot read the RelaxNG schema" +
                         (schema_errors.empty() ? "" : ": " + schema_errors.front().message));
  }
  xmlSetStructuredErrorFunc(&errors, Collect);
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), "tei.xml", "UTF-8", XML_PARSE_NONET),
      xmlFreeDoc);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc)
    return errors.empty() ? std::vector<ValidationError>{{0, "not well-formed XML"}} : errors;
  std::unique_ptr<xmlRelaxNGValidCtxt, decltype(&xmlRelaxNGFreeValidCtxt)> validator(
      xmlRelaxNGNewValidCtxt(schema.get()), xmlRelaxNGFreeValidCtxt);
  xmlRelaxNGSetValidStructuredErrors(validator.get(), Collect, &errors);
  if (xmlRelaxNGValidateDoc(validator.get(), doc.get()) != 0 && errors.empty()) {
    errors.push_back({0, "not valid"});
  }
  return errors;
}

}  // namespace emend::tei
