# helper package shared by the labelled cases written in the app-factory style
