# Strict warnings for Limber's own targets only; third-party headers come in as SYSTEM.
# -Wconversion catches the millisecond arithmetic slipping through int/double/int64 silently.
function(limber_set_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
    if(LIMBER_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
