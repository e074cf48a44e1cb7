# cmake -DDIR=examples/web -DOUT=shell.html -P inline.cmake: page.html with its stylesheet and script
# put inline, so that the built page is one file (emscripten adds its own script at {{{ SCRIPT }}}).
file(READ "${DIR}/page.html" page)
file(READ "${DIR}/style.css" css)
file(READ "${DIR}/app.js" js)
foreach(marker "<link rel=\"stylesheet\" href=\"style.css\">" "<script src=\"app.js\"></script>")
  string(FIND "${page}" "${marker}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "inline.cmake: page.html lacks ${marker}")
  endif()
endforeach()
string(REPLACE "<link rel=\"stylesheet\" href=\"style.css\">" "<style>\n${css}</style>" page "${page}")
string(REPLACE "<script src=\"app.js\"></script>" "<script>\n${js}</script>" page "${page}")
file(WRITE "${OUT}" "${page}")
