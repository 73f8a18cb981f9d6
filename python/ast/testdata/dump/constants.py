None, True, False, ...
0, 1, 123_456, 0x_FF, 0o17, 0b1010
99999999999999999999999999999999999999999
0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
1.0, 0.1, 1e16, 1e15, 1e-5, 1e-4, 1.5e300, 1e400, 3.14_15, 1_000.0, .5, 5.
0j, 1j, 2.5j, 1e16j, 1e400j, 10J
'single', "double", 'it\'s', "say \"hi\"", '\'"', """triple "quoted" """, '''x'''
'escapes \t\n\r\\ \x00\x7f\x80\xa0 \u00e9 \u0378 \U0001F600 \U000E0001 \N{BULLET}'
'surrogates \ud800 \udfff \ud83d\ude00'
'\u2028\u2029\ufeff\u200b'
u'unicode kind'
r'raw \n string'
b'bytes \x00\t\n\r\\ \' \x7f\x80\xff', b"it's", b'"', b'\'"'
'日本語 😀 é'
'multi\
line'
