// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The PDF renderer lives in a module of its own (librapport-pdf.so), loaded on first use.
#include <string>

#include "documents/document.hpp"

extern "C" {
// Renders `doc` as an A4 PDF into `out`; `page_label` is the translated word for "page".
// False when Cairo could not write it.
bool rapport_render_pdf(const rapport::documents::Document* doc, const char* page_label,
                        std::string* out);
}

namespace rapport::documents {
using RenderPdfFunction = decltype(&rapport_render_pdf);
}  // namespace rapport::documents
