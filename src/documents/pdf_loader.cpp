// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF module, found by the module loader: beside the binary (the build directory), in the
// library directory of an installation, or where RAPPORT_PDF_MODULE says.
#include "core/error.hpp"
#include "documents/document.hpp"
#include "documents/pdf_module.hpp"
#include "i18n/i18n.hpp"
#include "modules/loader.hpp"

namespace rapport::documents {

std::string render_pdf(const Document& doc) {
  static const modules::ModuleSpec kModule{
      "librapport-pdf.so",
      "RAPPORT_PDF_MODULE",
      {RAPPORT_PDF_MODULE_INSTALLED, RAPPORT_PDF_MODULE_BUILT}};
  auto render = reinterpret_cast<RenderPdfFunction>(modules::symbol(kModule, "rapport_render_pdf"));
  std::string out;
  if (!render(&doc, tr("page"), &out))
    throw Error(ErrorCode::software, tr("The PDF could not be written."));
  return out;
}

}  // namespace rapport::documents
