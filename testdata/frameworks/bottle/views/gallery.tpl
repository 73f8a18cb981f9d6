<h1>{{title}}</h1>
% for photo in photos:
  <img src="/photos/{{photo}}">
% end
