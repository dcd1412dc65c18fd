# Turns a file into a C++ source defining `extern const std::string_view SYMBOL` in NAMESPACE.
if(NOT NAMESPACE)
  set(NAMESPACE rapport::i18n)
endif()
file(READ ${INPUT} hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${hex}")
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
file(WRITE ${OUTPUT}
  "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
  "namespace ${NAMESPACE} {\nextern const std::string_view ${SYMBOL};\n"
  "const std::string_view ${SYMBOL}{\"${escaped}\", ${size}};\n}\n")
