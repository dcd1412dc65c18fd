// SPDX-License-Identifier: GPL-3.0-or-later
// A4 PDF with real text layout (Pango on Cairo): DejaVu Sans, embedded as a subset by
// Cairo, so umlauts, „“ and € come out right in every viewer and in pdftotext.
//
// Built as a module the binary loads only when it writes a PDF (documents/pdf_module.cpp):
// Pango and Cairo pull in some forty libraries whose loading would slow every command.
#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <functional>
#include <memory>

#include "documents/document.hpp"
#include "documents/pdf_module.hpp"

namespace rapport::documents {
namespace {

// A4 in PostScript points.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMarginX = 56;
constexpr double kMarginTop = 56;
constexpr double kMarginBottom = 64;
constexpr double kContentWidth = kPageWidth - 2 * kMarginX;

struct CairoSurfaceFree {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoFree {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct GObjectFree {
  void operator()(void* o) const { g_object_unref(o); }
};
struct FontFree {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
using Layout = std::unique_ptr<PangoLayout, GObjectFree>;

std::string markup_escape(const std::string& text) {
  std::unique_ptr<char, decltype(&g_free)> escaped(
      g_markup_escape_text(text.c_str(), static_cast<gssize>(text.size())), &g_free);
  return escaped.get();
}

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

enum class Style { title, heading, body, small, note };

class PdfWriter {
 public:
  PdfWriter(std::string& out, const Document& doc, std::string page_label)
      : doc_(doc), page_label_(std::move(page_label)) {
    surface_.reset(
        cairo_pdf_surface_create_for_stream(append_to_string, &out, kPageWidth, kPageHeight));
    cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_TITLE, doc.title.c_str());
    cairo_pdf_surface_set_metadata(surface_.get(), CAIRO_PDF_METADATA_CREATOR, "rapport");
    cr_.reset(cairo_create(surface_.get()));
    context_.reset(pango_cairo_create_context(cr_.get()));
    // Pango assumes 96 dpi; the PDF measures in points, so 10 pt must mean 10 units.
    pango_cairo_context_set_resolution(context_.get(), 72);
    y_ = kMarginTop;
  }

  bool write() {
    text(markup_escape(doc_.title), Style::title, 0, 6);
    for (const auto& [label, value] : doc_.meta)
      text("<span foreground=\"#57606a\">" + markup_escape(label) + ":</span> " +
               markup_escape(value),
           Style::body, 0, 1);
    for (const auto& section : doc_.sections) {
      gap(12);
      keep_with_next(40);
      text(markup_escape(section.heading), Style::heading, 0, 2);
      rule();
      for (const auto& block : section.blocks) write_block(block);
    }
    if (!doc_.footer.empty()) {
      gap(16);
      text(markup_escape(doc_.footer), Style::small, 0, 0);
    }
    finish_page();
    cairo_surface_finish(surface_.get());
    return cairo_surface_status(surface_.get()) == CAIRO_STATUS_SUCCESS;
  }

 private:
  void write_block(const Block& block) {
    switch (block.kind) {
      case Block::Kind::paragraph:
        text(markup_escape(block.text), Style::body, 0, 4);
        break;
      case Block::Kind::note:
        text(markup_escape(block.text), Style::note, 10, 4);
        break;
      case Block::Kind::bullets:
        for (const auto& item : block.items) marked("•", markup_escape(item));
        gap(3);
        break;
      case Block::Kind::checklist:
        for (std::size_t i = 0; i < block.items.size(); ++i)
          marked(i < block.ticked.size() && block.ticked[i] ? "☑" : "☐",
                 markup_escape(block.items[i]));
        gap(3);
        break;
      case Block::Kind::table:
        write_table(block);
        break;
    }
  }

  void write_table(const Block& block) {
    if (block.header.empty()) return;
    // The last column takes the rest; the others share a third of the width each at most.
    std::size_t columns = block.header.size();
    std::vector<double> widths(columns, kContentWidth / static_cast<double>(columns));
    if (columns >= 2) {
      double narrow = std::min(kContentWidth / 4, kContentWidth / static_cast<double>(columns));
      for (std::size_t c = 0; c + 1 < columns; ++c) widths[c] = narrow;
      widths[columns - 1] = kContentWidth - narrow * static_cast<double>(columns - 1);
    }
    auto row = [&](const std::vector<std::string>& cells, bool header) {
      std::vector<Layout> layouts;
      double height = 0;
      for (std::size_t c = 0; c < columns; ++c) {
        std::string m = markup_escape(c < cells.size() ? cells[c] : std::string());
        if (header) m = "<b>" + m + "</b>";
        layouts.push_back(make_layout(m, Style::small, widths[c] - 6));
        int w = 0, h = 0;
        pango_layout_get_size(layouts.back().get(), &w, &h);
        height = std::max(height, h / static_cast<double>(PANGO_SCALE));
      }
      if (y_ + height > kPageHeight - kMarginBottom) new_page();
      double x = kMarginX;
      for (std::size_t c = 0; c < columns; ++c) {
        cairo_move_to(cr_.get(), x, y_);
        pango_cairo_show_layout(cr_.get(), layouts[c].get());
        x += widths[c];
      }
      y_ += height + 3;
      cairo_set_source_rgb(cr_.get(), 0.86, 0.85, 0.82);
      cairo_set_line_width(cr_.get(), 0.4);
      cairo_move_to(cr_.get(), kMarginX, y_ - 1.5);
      cairo_line_to(cr_.get(), kMarginX + kContentWidth, y_ - 1.5);
      cairo_stroke(cr_.get());
      cairo_set_source_rgb(cr_.get(), 0, 0, 0);
    };
    keep_with_next(30);
    row(block.header, true);
    for (const auto& r : block.rows) row(r, false);
    gap(4);
  }

  // A list item: the mark in the margin, the text indented and wrapped.
  void marked(const std::string& mark, const std::string& markup) {
    Layout layout = make_layout(markup, Style::body, kContentWidth - 16);
    lines(layout.get(), 16, [&](double baseline) {
      Layout m = make_layout(markup_escape(mark), Style::body, 16);
      cairo_move_to(cr_.get(), kMarginX + 2, baseline);
      pango_cairo_show_layout_line(cr_.get(), pango_layout_get_line_readonly(m.get(), 0));
    });
    gap(1);
  }

  void text(const std::string& markup, Style style, double indent, double after) {
    Layout layout = make_layout(markup, style, kContentWidth - indent);
    if (style == Style::note) {
      double top = y_;
      lines(layout.get(), indent, {});
      // A bar in the margin marks the note (drawn per page it spans, from `top` here).
      cairo_set_source_rgb(cr_.get(), 0.79, 0.64, 0.15);
      cairo_set_line_width(cr_.get(), 2);
      cairo_move_to(cr_.get(), kMarginX + 2, std::max(top, kMarginTop));
      cairo_line_to(cr_.get(), kMarginX + 2, y_);
      cairo_stroke(cr_.get());
      cairo_set_source_rgb(cr_.get(), 0, 0, 0);
    } else {
      lines(layout.get(), indent, {});
    }
    gap(after);
  }

  // Lays the text out line by line, so that a long block breaks across pages.
  void lines(PangoLayout* layout, double indent, const std::function<void(double)>& on_first_line) {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    bool first = true;
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      double height = logical.height / static_cast<double>(PANGO_SCALE);
      if (y_ + height > kPageHeight - kMarginBottom) new_page();
      double baseline = y_ + (pango_layout_iter_get_baseline(iter) - logical.y) /
                                 static_cast<double>(PANGO_SCALE);
      cairo_move_to(cr_.get(), kMarginX + indent, baseline);
      pango_cairo_show_layout_line(cr_.get(), pango_layout_iter_get_line_readonly(iter));
      if (first && on_first_line) on_first_line(baseline);
      first = false;
      y_ += height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
  }

  Layout make_layout(const std::string& markup, Style style, double width) {
    Layout layout(pango_layout_new(context_.get()));
    std::unique_ptr<PangoFontDescription, FontFree> font(
        pango_font_description_from_string(font_of(style)));
    pango_layout_set_font_description(layout.get(), font.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_markup(layout.get(), markup.c_str(), -1);
    return layout;
  }

  static const char* font_of(Style style) {
    switch (style) {
      case Style::title:
        return "DejaVu Sans Bold 18";
      case Style::heading:
        return "DejaVu Sans Bold 12.5";
      case Style::small:
        return "DejaVu Sans 8.5";
      case Style::note:
      case Style::body:
        return "DejaVu Sans 10";
    }
    return "DejaVu Sans 10";
  }

  void rule() {
    cairo_set_source_rgb(cr_.get(), 0.86, 0.85, 0.82);
    cairo_set_line_width(cr_.get(), 0.6);
    cairo_move_to(cr_.get(), kMarginX, y_ + 1);
    cairo_line_to(cr_.get(), kMarginX + kContentWidth, y_ + 1);
    cairo_stroke(cr_.get());
    cairo_set_source_rgb(cr_.get(), 0, 0, 0);
    y_ += 6;
  }

  void gap(double points) { y_ += points; }
  void keep_with_next(double points) {
    if (y_ + points > kPageHeight - kMarginBottom) new_page();
  }

  void finish_page() {
    ++page_;
    std::string footer = doc_.title + "  ·  " + page_label_ + " " + std::to_string(page_);
    Layout layout = make_layout(markup_escape(footer), Style::small, kContentWidth);
    cairo_set_source_rgb(cr_.get(), 0.34, 0.38, 0.42);
    cairo_move_to(cr_.get(), kMarginX, kPageHeight - kMarginBottom + 24);
    pango_cairo_show_layout(cr_.get(), layout.get());
    cairo_set_source_rgb(cr_.get(), 0, 0, 0);
    cairo_show_page(cr_.get());
  }
  void new_page() {
    finish_page();
    y_ = kMarginTop;
  }

  const Document& doc_;
  std::string page_label_;
  std::unique_ptr<cairo_surface_t, CairoSurfaceFree> surface_;
  std::unique_ptr<cairo_t, CairoFree> cr_;
  std::unique_ptr<PangoContext, GObjectFree> context_;
  double y_ = 0;
  int page_ = 0;
};

}  // namespace

}  // namespace rapport::documents

extern "C" bool rapport_render_pdf(const rapport::documents::Document* doc, const char* page_label,
                                   std::string* out) {
  try {
    return rapport::documents::PdfWriter(*out, *doc, page_label).write();
  } catch (...) {
    return false;
  }
}
