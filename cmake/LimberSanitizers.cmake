# ASan+UBSan for the whole build when LIMBER_SANITIZE is on. Applied globally on purpose:
# mixing instrumented and plain objects in one binary hides bugs at the boundary.
if(LIMBER_SANITIZE)
    set(limber_sanitizer_flags -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    add_compile_options(${limber_sanitizer_flags})
    add_link_options(${limber_sanitizer_flags})
endif()
