# -*- coding: utf-8 -*-
名前 = "値"
café = 'naïve'
ﬁle = 1
𝐱 = 2
print(名前, café, "😀", 'tab\there')
